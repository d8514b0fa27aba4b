import { supportPage } from '../src/support/page';

describe('the support page', () => {
  it.each(['en', 'zh-CN'] as const)('has a title and four sections with text from the catalog (%s)', (locale) => {
    const page = supportPage(locale);
    expect(page.title).toMatch(/Clausewright/);
    expect(page.sections).toHaveLength(4);
    for (const s of page.sections) {
      expect(s.heading).not.toMatch(/^support\./);
      expect(s.body.length).toBeGreaterThan(60);
    }
  });

  it('tells the user their document goes to no server, in both languages', () => {
    expect(supportPage('en').sections[2]!.body).toMatch(/sends it to no server/);
    expect(supportPage('zh-CN').sections[2]!.body).toMatch(/不会将其发送到任何服务器/);
  });
});
