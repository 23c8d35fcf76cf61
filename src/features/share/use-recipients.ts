import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { imageKeys, imageQueries, useImageMutation } from '../../api/image-queries.ts';
import type { Image } from '../../rules/images.ts';
import { useAccount } from '../account/use-account.ts';

/** An image's recipients, which of them are chosen for removal, and the mutation that removes them. */
export function useRecipients(image: Image, region: string) {
  const account = useAccount();
  const queryClient = useQueryClient();
  const shares = useQuery(imageQueries.shares(account, region, image.ImageId));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const cancel = useImageMutation('ModifyImageSharePermission', region);
  const recipients = shares.data?.SharePermissionSet ?? [];
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const removeChosen = (onSuccess: (count: number) => void) => {
    const ids = recipients.filter((r) => chosen.has(r.AccountId)).map((r) => r.AccountId);
    if (ids.length === 0 || cancel.isPending) return;
    cancel.mutate(
      { ImageId: image.ImageId, AccountIds: ids, Permission: 'CANCEL' },
      {
        onSuccess: () => {
          setChosen(new Set());
          void queryClient.invalidateQueries({ queryKey: imageKeys.shares(account, region, image.ImageId) });
          onSuccess(ids.length);
        },
      },
    );
  };
  return { shares, recipients, chosen, setChosen, toggle, cancel, removeChosen };
}
