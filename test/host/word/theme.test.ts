import { officeThemeDark, watchOfficeTheme } from '../../../src/host/word/theme';

const LIGHT = { isDarkTheme: false, bodyBackgroundColor: '#ffffff' } as Office.OfficeTheme;
const DARK = { isDarkTheme: true, bodyBackgroundColor: '#262626' } as Office.OfficeTheme;

/** Office.js, a document and a window as far as the watcher uses them; `documentEvents` says whether the host takes the theme event. */
function fakeOffice(documentEvents: boolean) {
  const handlers: ((e: { officeTheme?: Office.OfficeTheme }) => void)[] = [];
  const context = {
    officeTheme: LIGHT,
    document: {
      addHandlerAsync: (type: string, handler: (e: { officeTheme?: Office.OfficeTheme }) => void) => {
        if (!documentEvents || type !== 'officeThemeChanged') throw new Error('event not supported');
        handlers.push(handler);
      },
      removeHandlerAsync: () => handlers.splice(0),
    },
  };
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const win = new EventTarget();
  Object.assign(globalThis, { Office: { context, EventType: { OfficeThemeChanged: 'officeThemeChanged' } }, document: doc, window: win });
  return { context, handlers, doc, win };
}

afterEach(() => {
  for (const k of ['Office', 'document', 'window']) delete (globalThis as Record<string, unknown>)[k];
});

describe("following Office's theme while the pane is open", () => {
  it('reads dark or light from isDarkTheme, else from the body colour', () => {
    expect(officeThemeDark(DARK)).toBe(true);
    expect(officeThemeDark({ bodyBackgroundColor: '#1f1f1f' } as Office.OfficeTheme)).toBe(true);
    expect(officeThemeDark({ bodyBackgroundColor: '#f3f3f3' } as Office.OfficeTheme)).toBe(false);
    expect(officeThemeDark(undefined)).toBeUndefined();
  });

  it('takes the change from the theme event where the host raises it', () => {
    const { handlers } = fakeOffice(true);
    const seen: boolean[] = [];
    const stop = watchOfficeTheme((dark) => seen.push(dark));
    expect(handlers).toHaveLength(1);
    handlers[0]!({ officeTheme: DARK });
    handlers[0]!({ officeTheme: DARK });
    expect(seen).toEqual([true]);
    stop();
    expect(handlers).toHaveLength(0);
  });

  it('where the host refuses the event, reads the theme again when the pane comes back into focus', () => {
    const { context, win, doc } = fakeOffice(false);
    const seen: boolean[] = [];
    const stop = watchOfficeTheme((dark) => seen.push(dark));
    context.officeTheme = DARK;
    win.dispatchEvent(new Event('focus'));
    context.officeTheme = LIGHT;
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(seen).toEqual([true, false]);
    stop();
    context.officeTheme = DARK;
    win.dispatchEvent(new Event('focus'));
    expect(seen).toEqual([true, false]);
  });

  it('outside Office it does nothing', () => {
    expect(() => watchOfficeTheme(() => {})()).not.toThrow();
  });
});
