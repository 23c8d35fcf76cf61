// The mutations on images, apart from their queries (image-queries.ts): only the dialogs use them,
// so the first page, which only lists images, loads none of the mutation code.
import { useQueryClient } from '@tanstack/react-query';
import type { RequestOf, ResponseOf } from '../rules/actions.ts';
import { callCvm } from './client.ts';
import { imageKeys } from './image-queries.ts';
import { getAccount } from './session.ts';
import { useSingleFlightMutation } from './single-flight.ts';

/** The actions that change images (and their shares and quotas). */
export type ImageAction =
  | 'CreateImage'
  | 'ImportImage'
  | 'ModifyImageAttribute'
  | 'ModifyResourceTags'
  | 'DeleteImages'
  | 'ModifyImageSharePermission'
  | 'SyncImages'
  | 'ExportImages';

/** The regions whose images a request changes: its own, and for a copy its destinations too. */
function regionsChangedBy<A extends ImageAction>(action: A, region: string, request: RequestOf<A>): string[] {
  return action === 'SyncImages' ? [region, ...(request as RequestOf<'SyncImages'>).DestinationRegions] : [region];
}

/**
 * The one way to change images: sent at most once at a time, and once it settles (done or refused,
 * since a refusal can come from a change made elsewhere) one invalidation refreshes the lists,
 * details, quota and shares of every region it changed.
 */
function useImageChange<TData, TVariables>(
  send: (variables: TVariables) => Promise<TData>,
  regionsChanged: (variables: TVariables) => string[],
) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: send,
    onSettled: (_data, _error, variables) => {
      const changed = new Set(regionsChanged(variables));
      void queryClient.invalidateQueries({
        queryKey: imageKeys.all(getAccount()),
        predicate: (query) => changed.has(query.queryKey[2] as string),
      });
    },
  });
}

/** A mutation on images in a region: one request. */
export function useImageMutation<A extends ImageAction>(action: A, region: string) {
  return useImageChange(
    (request: RequestOf<A>) => callCvm(action, region, request),
    (request) => regionsChangedBy(action, region, request),
  );
}

/**
 * A mutation on images in a region that sends one request per item, one after another (copying
 * several images: one SyncImages call per image). `onEach` hears each success as it lands; the first
 * failure stops the rest and is the mutation's error, so a retry can send only what did not succeed.
 */
export function useImageMutationEach<A extends ImageAction>(action: A, region: string) {
  return useImageChange(
    async ({
      requests,
      onEach,
    }: {
      requests: RequestOf<A>[];
      onEach: (request: RequestOf<A>, response: ResponseOf<A>) => void;
    }) => {
      for (const request of requests) onEach(request, await callCvm(action, region, request));
    },
    ({ requests }) => requests.flatMap((request) => regionsChangedBy(action, region, request)),
  );
}
