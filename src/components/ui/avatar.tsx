import { initials } from '../../lib/format';

const HUES = [200, 160, 28, 280, 340, 100, 240, 12];

/** A coloured circle with initials; the colour is stable per person. */
export function Avatar({ name, id, size = 28 }: { name: string; id: string; size?: number }) {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const hue = HUES[hash % HUES.length] ?? 200;
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        fontSize: size * 0.4,
        background: `hsl(${hue} 55% 88%)`,
        color: `hsl(${hue} 60% 28%)`,
      }}
    >
      {initials(name)}
    </span>
  );
}
