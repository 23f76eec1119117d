import { useState } from 'react';
import { asApiError, type ApiError } from '../api/client';

/** One change sent at a time: whether it is under way, and the refusal of the last one (kept until the next). */
export function useApiAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  /** Sends the change; on success runs `onDone` and answers true, on a refusal keeps it in `error` and answers false. */
  async function run(action: () => Promise<unknown>, onDone?: () => void): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      onDone?.();
      return true;
    } catch (caught) {
      setError(asApiError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }
  /** Forgets the last refusal (the form was reset). */
  const clear = () => setError(null);
  return { busy, error, run, clear };
}
