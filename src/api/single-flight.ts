import { useMutation, type MutateOptions, type UseMutationOptions } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/**
 * A mutation that is sent at most once at a time: a double click, or Enter pressed twice before
 * React re-renders the button as busy, does not send the request twice.
 */
export function useSingleFlightMutation<TData, TVariables>(options: UseMutationOptions<TData, Error, TVariables>) {
  const mutation = useMutation(options);
  const inFlight = useRef(false);
  const { mutate: send } = mutation;
  const mutate = useCallback(
    (variables: TVariables, callbacks?: MutateOptions<TData, Error, TVariables>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      send(variables, {
        ...callbacks,
        onSettled: (...args) => {
          inFlight.current = false;
          callbacks?.onSettled?.(...args);
        },
      });
    },
    [send],
  );
  return { ...mutation, mutate };
}
