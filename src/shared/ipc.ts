/**
 * The IPC channels between the preload and main. Only the bridge (bridge.ts) travels over them:
 * contract calls share one channel, and main's dispatcher tells the methods apart.
 */
export const IPC_CHANNELS = {
  call: 'secretariat:call',
  chooseVault: 'secretariat:chooseVault',
  saveFile: 'secretariat:saveFile',
  openRestored: 'secretariat:openRestored',
} as const;
