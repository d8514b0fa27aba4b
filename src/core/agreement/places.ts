/** A jurisdiction answer that names the People's Republic of China (mainland), in any usual form. */
const CHINESE = /\b(china|prc)\b/i;
const NOT_MAINLAND = /\b(hong kong|macau|macao|taiwan)\b/i;

export function isChinese(jurisdiction: string): boolean {
  return CHINESE.test(jurisdiction) && !NOT_MAINLAND.test(jurisdiction);
}

/** The member states of the European Union, as a jurisdiction or territory answer names them. */
const EU_MEMBER =
  /\b(austria|belgium|bulgaria|croatia|cyprus|czech republic|czechia|denmark|estonia|finland|france|germany|greece|hungary|ireland|italy|latvia|lithuania|luxembourg|malta|(the )?netherlands|poland|portugal|romania|slovakia|slovak republic|slovenia|spain|sweden)\b/i;
/**
 * The partner countries of Annex VIII to Regulation (EU) No 833/2014, which apply equivalent
 * measures, so sales to them need no ban on re-export to Russia (art. 12g(1)).
 */
const EU_PARTNER =
  /\b(united states|u\.s\.a?\.?|usa|delaware|california|new york|japan|united kingdom|england|wales|scotland|northern ireland|(south |republic of )korea|norway|switzerland|canada|australia|new zealand)\b/i;

export function isEuMember(place: string): boolean {
  return EU_MEMBER.test(place);
}

export function isEuPartner(place: string): boolean {
  return EU_PARTNER.test(place);
}
