import { READ_ALOUD } from '@/lib/client/hooks';

/**
 * Read-aloud's controls, for readers who listen (low vision, dyslexia, tired
 * eyes). Rendered hidden: the page's one small script (lib/client/read-aloud.ts)
 * shows them only where the browser offers speech synthesis, and does the
 * speaking; with no script there is nothing here to press.
 */
export function ReadAloud() {
  return (
    <div className="read-aloud" role="group" aria-label="Read aloud" data-enhance={READ_ALOUD.enhance} hidden>
      <button type="button" className="button" aria-label={READ_ALOUD.labels.idle.name} data-read-aloud="toggle">
        {READ_ALOUD.labels.idle.text}
      </button>
      <button type="button" className="button" aria-label="Stop reading aloud" data-read-aloud="stop" hidden>
        Stop
      </button>
      <p role="status" className="read-aloud-status" />
    </div>
  );
}
