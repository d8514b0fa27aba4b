import type { MessageKey } from '../../core/i18n';

/**
 * The places Settings offers for where our company is established: the product serves Chinese
 * companies, often trading through a Hong Kong or Singapore entity, and their usual counterparties'
 * home countries. Each is a code the review knows (places.ts), named through the message catalog.
 */
export const ESTABLISHED_CHOICES = ['CN', 'HK', 'MO', 'TW', 'SG', 'US', 'GB', 'DE', 'JP', 'KR'] as const;

/** The catalog key naming a choice; a stored code outside the list is shown as the code. */
export function establishedKey(code: string): MessageKey | undefined {
  return (ESTABLISHED_CHOICES as readonly string[]).includes(code) ? (`ui.settings.country.${code}` as MessageKey) : undefined;
}
