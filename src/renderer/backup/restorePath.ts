/**
 * Where a restored vault goes unless the user says otherwise: beside the damaged file, which is
 * kept as it is (`/v/committee.vault` -> `/v/committee-restored.vault`).
 */
export function restoredPath(vaultPath: string): string {
  const cut = Math.max(vaultPath.lastIndexOf('/'), vaultPath.lastIndexOf('\\'));
  const folder = vaultPath.slice(0, cut + 1);
  const file = vaultPath.slice(cut + 1);
  const dot = file.lastIndexOf('.');
  return `${folder}${dot > 0 ? file.slice(0, dot) : file}-restored.vault`;
}
