// What puts the task pane's words in a language: the message catalog (English, other languages
// loaded on demand) and the re-wording of a kept review. Fetched as one chunk while Office starts, so the start bundle carries neither.
export { t, loadLocale } from '../../core/i18n';
export { reword } from '../../core/review/reword';
