import { useEffect, useState } from 'preact/hooks';

/** Screens at most this wide get the phone layout and narrower charts. */
export const NARROW_QUERY = '(max-width: 700px)';

/** Whether the screen is phone-narrow, following resizes and rotations. */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const query = matchMedia(NARROW_QUERY);
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow;
}
