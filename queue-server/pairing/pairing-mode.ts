/** DEVICE_PAIRING from the environment (README Configuration): loopback-trusted unless set. */
import { DEVICE_PAIRING_MODES, type DevicePairingMode } from '../../shared/contracts/device-kinds.ts';
import { ConfigError } from '../config.ts';

export function readDevicePairingMode(env: NodeJS.ProcessEnv): DevicePairingMode {
  const text = env.DEVICE_PAIRING ?? '';
  if (text === '') return 'loopback-trusted';
  const mode = DEVICE_PAIRING_MODES.find((m) => m === text);
  if (!mode) throw new ConfigError(`DEVICE_PAIRING harus ${DEVICE_PAIRING_MODES.join(' atau ')} (sekarang "${text}").`);
  return mode;
}
