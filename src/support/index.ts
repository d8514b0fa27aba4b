import { loadLocale, toLocale } from '../core/i18n';
import { supportPage } from './page';

// The page the manifest's SupportUrl and LearnMoreUrl open: in the browser's language, or ?lang=.
const locale = toLocale(new URLSearchParams(location.search).get('lang') ?? navigator.language);
// The page's messages first: English is built in, Chinese is fetched.
void loadLocale(locale).finally(render);

function render(): void {
  const page = supportPage(locale);
  document.documentElement.lang = locale;
  document.title = page.title;
  const main = document.createElement('main');
  const h1 = document.createElement('h1');
  h1.textContent = page.title;
  main.append(h1);
  for (const s of page.sections) {
    const h2 = document.createElement('h2');
    h2.textContent = s.heading;
    const p = document.createElement('p');
    p.textContent = s.body;
    main.append(h2, p);
  }
  const link = document.createElement('a');
  link.href = 'index.html';
  link.textContent = page.workspace;
  main.append(link);
  document.body.append(main);
}
