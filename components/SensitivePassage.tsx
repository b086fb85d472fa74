import type { ReactNode } from 'react';

/** A passage with its own short note and a way past it (for example "Skip medical details"). */
export function SensitivePassage({ topic, endId, children }: { topic: string; endId: string; children: ReactNode }) {
  return (
    <>
      <div className="sensitive" role="group" aria-label={`Passage with ${topic}`}>
        <p className="section-note">
          This passage contains {topic}. <a href={`#${endId}`}>Skip {topic}</a>
        </p>
        {children}
      </div>
      <span id={endId} className="skip-target" tabIndex={-1} />
    </>
  );
}
