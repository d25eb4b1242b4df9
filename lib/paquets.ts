/** A list cut into consecutive slices of `taille` (inserts and `IN (…)` lists kept under the protocol's limits). */
export function paquets<T>(liste: readonly T[], taille: number): T[][] {
  return Array.from({ length: Math.ceil(liste.length / taille) }, (_, i) => liste.slice(i * taille, (i + 1) * taille));
}
