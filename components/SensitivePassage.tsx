import type { ReactNode } from 'react';
import { afterSensitiveId, hrefTo } from '@/lib/view/anchors';
import { sensitiveNote, sensitivePassageName, skipLabel } from '@/lib/view/labels';

/** A passage with its own short note and a way past it (for example "Skip medical details"). */
export function SensitivePassage({ topic, passage, children }: { topic: string; passage: number; children: ReactNode }) {
  const endId = afterSensitiveId(passage);
  return (
    <>
      <div className="sensitive" role="group" aria-label={sensitivePassageName(topic)}>
        <p className="section-note">
          {sensitiveNote(topic)} <a href={hrefTo(endId)}>{skipLabel(topic)}</a>
        </p>
        {children}
      </div>
      <span id={endId} className="skip-target" tabIndex={-1} />
    </>
  );
}
