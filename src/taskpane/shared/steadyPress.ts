import { useLayoutEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';

/** How far the pointer may move between press and release and still be the same click (CSS pixels). */
const STILL_PX = 4;

/** The press under way: one pointer presses at a time; `answered` once some button's onClick took it. */
let pressed: { answered: boolean } | null = null;

/**
 * Click handling for a button whose click must not be lost to the page moving under a still
 * pointer. A browser sends the click to the element under the pointer at release; when a render
 * lands between press and release (a message appears above the list, the card is drawn anew), the
 * button is no longer there and the click goes to an element around both, so nothing happens. A
 * press that began on this button and is released where it began is taken as a click on it, once:
 * by the button's own click when the browser delivers it, else just after the release. A pointer
 * moved away before release (the usual way to take back a press) is not a click. A mouse only.
 */
export function useSteadyPress(act: () => void, disabled: boolean) {
  // The handler and state of the latest render: the release may come after a render (the button may be
  // disabled by then, as another action started).
  const latest = useRef({ act, disabled });
  useLayoutEffect(() => {
    latest.current = { act, disabled };
  });
  const onPointerDown = (e: ReactPointerEvent) => {
    // A mouse's click comes with its release; a touch's comes as a gesture of its own, later, which
    // this would answer twice: touch is left to the browser.
    if (e.pointerType !== 'mouse' || e.button !== 0 || disabled) return;
    const press = { answered: false };
    pressed = press;
    const { clientX: x, clientY: y, pointerId } = e;
    const end = (u: PointerEvent) => {
      if (u.pointerId !== pointerId) return;
      window.removeEventListener('pointerup', end, true);
      window.removeEventListener('pointercancel', end, true);
      const still = u.type === 'pointerup' && Math.abs(u.clientX - x) <= STILL_PX && Math.abs(u.clientY - y) <= STILL_PX;
      // The browser's click follows the release in the same task: look after it.
      setTimeout(() => {
        if (pressed !== press) return;
        pressed = null;
        if (!still || press.answered || latest.current.disabled) return;
        press.answered = true;
        latest.current.act();
      }, 0);
    };
    window.addEventListener('pointerup', end, true);
    window.addEventListener('pointercancel', end, true);
  };
  const onClick = () => {
    // A click with no press of ours before it (the keyboard, a screen reader) is answered as it is.
    if (pressed) {
      if (pressed.answered) return;
      pressed.answered = true;
    }
    act();
  };
  return { onPointerDown, onClick };
}
