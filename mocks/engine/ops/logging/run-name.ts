// The name rule of runs and sweeps a request names (W&B's run and sweep names: no spaces).
import type { Decision } from '../../decision';
import { invalid } from '../../reason';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const nameRule = (field: string, name: string): Decision | null =>
  NAME.test(name)
    ? null
    : invalid(field, 'Start with a letter or digit; use letters, digits, ., - or _ (up to 64)');
