import { useEffect, useRef } from 'react';
import { IdleTimer } from './idle';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'input', 'focusin'] as const;

export function useIdleLock(minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    const timer = new IdleTimer(minutes * 60_000, () => onIdleRef.current());
    const activity = () => timer.activity();
    const check = () => timer.check();
    ACTIVITY_EVENTS.forEach((e) => window.addEventListener(e, activity, { passive: true, capture: true }));
    document.addEventListener('visibilitychange', check);
    const interval = setInterval(check, timer.interval);
    return () => {
      ACTIVITY_EVENTS.forEach((e) => window.removeEventListener(e, activity, { capture: true }));
      document.removeEventListener('visibilitychange', check);
      clearInterval(interval);
    };
  }, [minutes]);
}
