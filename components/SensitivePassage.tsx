import type { ReactNode } from 'react';
import { afterSensitiveId, hrefTo } from '@/lib/view/anchors';

/** A passage with its own short note and a way past it (for example "Skip medical details"). */
export function SensitivePassage({ topic, passage, children }: { topic: string; passage: number; children: ReactNode }) {
  const endId = afterSensitiveId(passage);
  return (
    <>
      <div className="sensitive" role="group" aria-label={`Passage with ${topic}`}>
        <p className="section-note">
          This passage contains {topic}. <a href={hrefTo(endId)}>Skip {topic}</a>
        </p>
        {children}
      </div>
      <span id={endId} className="skip-target" tabIndex={-1} />
    </>
  );
}
