/**
 * The one normalization used on both sides of a topic match: lower case, ё→е, spaces collapsed.
 * Done by hand because fuse's ignoreDiacritics would also fold й into и ("Мой" = "Мои").
 */
export function foldForMatch(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}
