/** The `--sensitivity` option both `analyze` and `eval` take, read against the settings' own list. */
import { SENSITIVITIES } from '../shared/settings';
import type { Sensitivity } from '../classifier/index';

/** The value, 'normal' when absent, or undefined when it is not one of SENSITIVITIES. */
export function readSensitivity(value: string | undefined): Sensitivity | undefined {
  const v = value ?? 'normal';
  return (SENSITIVITIES as readonly string[]).includes(v) ? (v as Sensitivity) : undefined;
}

export const SENSITIVITY_ERROR = `--sensitivity must be ${SENSITIVITIES.join(', ')}`;
