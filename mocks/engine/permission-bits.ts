// Sets of team permissions as bits, for the verdict path (allows()): a role's grants, the extras and the
// caps combine with | and &, and a verdict tests one bit instead of asking several Sets. There are more
// than 32 team permissions and JavaScript's bitwise operators work on 32 bits, so a set is two words.
// The Sets stay for the explanations (chain.ts), which list permissions in order; the property test
// (properties.test.ts) asks both readings the same questions.
import { PROJECT_PERMISSIONS, type TeamPermission } from './permissions';

/** A set of team permissions: bit i of `lo` is PROJECT_PERMISSIONS[i], bit i of `hi` is [32 + i]. */
export interface PermissionBits {
  readonly lo: number;
  readonly hi: number;
}

/** Where one permission's bit is: in which word, and the bit itself. */
export interface BitPlace {
  readonly high: boolean;
  readonly bit: number;
}

const PLACES = new Map<TeamPermission, BitPlace>(
  PROJECT_PERMISSIONS.map((p, i) => [p, { high: i >= 32, bit: 1 << (i % 32) }]),
);

export function bitPlace(permission: TeamPermission): BitPlace {
  const place = PLACES.get(permission);
  if (!place) throw new Error(`${permission} is not a team permission`);
  return place;
}

export function bitsOf(permissions: Iterable<TeamPermission>): PermissionBits {
  let lo = 0;
  let hi = 0;
  for (const p of permissions) {
    const { high, bit } = bitPlace(p);
    if (high) hi |= bit;
    else lo |= bit;
  }
  return { lo, hi };
}

export const hasBit = (lo: number, hi: number, place: BitPlace): boolean =>
  ((place.high ? hi : lo) & place.bit) !== 0;
