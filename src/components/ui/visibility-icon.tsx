// Icons for the four project visibility scopes. Inline SVG: emoji are not in every system font.
import type { Visibility } from '../../api/team';

const PATHS: Record<Visibility, string> = {
  // globe
  open: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm0 0c1.8 1.7 2.7 3.9 2.7 6.5S9.8 12.8 8 14.5M8 1.5C6.2 3.2 5.3 5.4 5.3 8s.9 4.8 2.7 6.5M1.8 6h12.4M1.8 10h12.4',
  // eye
  public: 'M1 8s2.5-4.5 7-4.5S15 8 15 8s-2.5 4.5-7 4.5S1 8 1 8Zm7 2a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z',
  // people
  team: 'M6 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Zm-4.5 6c0-2.2 2-4 4.5-4s4.5 1.8 4.5 4M11 2.6a2.5 2.5 0 0 1 0 4.8m1.5 2.4c1.2.6 2 1.9 2 3.7',
  // lock
  restricted: 'M4 7V5a4 4 0 1 1 8 0v2M3 7h10v7H3V7Zm5 3v2',
};

export function VisibilityIcon({ visibility }: { visibility: Visibility }) {
  return (
    <svg className="visibility-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path
        d={PATHS[visibility]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
