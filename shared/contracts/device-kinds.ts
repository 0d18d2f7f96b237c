/**
 * The kinds of device an administrator pairs (issue 11): the visitors' touchscreen, the tablet
 * facing the visitor at a counter (the survey), and the waiting-room board. Kept apart from
 * device-pairing.ts so route-contract.ts can name them without importing the routes.
 */
export const DEVICE_KINDS = ['kiosk', 'counter_tablet', 'board'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const DEVICE_KIND_LABEL_ID: Record<DeviceKind, string> = {
  kiosk: 'Kios-K',
  counter_tablet: 'Tablet survei loket',
  board: 'Papan antrean',
};

/**
 * DEVICE_PAIRING: `loopback-trusted` (the default, the one-machine start) lets this machine and
 * the branch file's kiosk.allowedAddresses act as a paired device of any kind; `required` trusts
 * no address: every device carries a credential an administrator paired.
 */
export const DEVICE_PAIRING_MODES = ['loopback-trusted', 'required'] as const;
export type DevicePairingMode = (typeof DEVICE_PAIRING_MODES)[number];

/**
 * The header a paired device sends its credential in. Here, beside the kinds and away from the
 * schemas, so the kiosk's first download (kiosk/device/device-fetch.ts) carries no zod.
 */
export const DEVICE_TOKEN_HEADER = 'x-device-token';
