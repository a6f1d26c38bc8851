// A control drawn as a plain button until someone uses it. Tables repeat a select or menu on every row
// (75 selects and 25 menus on a page of members) and Radix's providers for each were most of the cost
// of drawing a page. The plain button looks and reads the same (role, name, state); pressed, the real
// control replaces it already open; focused, the real one takes the focus over before any key lands.
import { useLayoutEffect, useRef, useState, type FocusEvent, type PointerEvent } from 'react';

export function useLightTrigger<E extends HTMLElement>(controlled?: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [live, setLive] = useState(false);
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlled?.open ?? ownOpen;
  const setOpen = controlled?.onOpenChange ?? setOwnOpen;
  const focusWhenLive = useRef(false);
  const trigger = useRef<E>(null);
  useLayoutEffect(() => {
    if (live && focusWhenLive.current) {
      focusWhenLive.current = false;
      trigger.current?.focus();
    }
  }, [live]);
  const lightProps = {
    onPointerDown: (event: PointerEvent) => {
      if (event.button !== 0 || event.ctrlKey) return;
      event.preventDefault();
      setOpen(true);
      setLive(true);
    },
    onFocus: (event: FocusEvent) => {
      // preventDefault on pointerdown keeps a press from focusing it: this is the keyboard's way in.
      if (event.currentTarget !== event.target) return;
      focusWhenLive.current = true;
      setLive(true);
    },
  };
  return { live: live || open, open, setOpen, trigger, lightProps };
}
