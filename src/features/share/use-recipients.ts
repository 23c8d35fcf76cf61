import { useQuery } from '@tanstack/react-query';
import { imageQueries } from '../../api/image-queries.ts';
import { useImageMutation } from '../../api/image-mutations.ts';
import type { Image } from '../../rules/images.ts';
import { useForm } from '../../ui/use-form.ts';
import { useAccount } from '../account/use-account.ts';

/** An image's recipients, the form that chooses some of them, and the mutation that removes them. */
export function useRecipients(image: Image, region: string, onRemoved: (count: number) => void) {
  const account = useAccount();
  const shares = useQuery(imageQueries.shares(account, region, image.ImageId));
  const form = useForm({ chosen: new Set<string>() as ReadonlySet<string> });
  const cancel = useImageMutation('ModifyImageSharePermission', region);
  const recipients = shares.data?.SharePermissionSet ?? [];
  const chosen = form.values.chosen;
  const toggle = (accountId: string) => form.toggle('chosen', accountId);
  const setChosen = (accountIds: ReadonlySet<string>) => form.set('chosen', accountIds);
  const removeChosen = form.submit(() => {
    const ids = recipients.filter((r) => chosen.has(r.AccountId)).map((r) => r.AccountId);
    if (ids.length === 0 || cancel.isPending) return;
    cancel.mutate(
      { ImageId: image.ImageId, AccountIds: ids, Permission: 'CANCEL' },
      {
        onSuccess: () => {
          form.reset();
          onRemoved(ids.length);
        },
      },
    );
  });
  return { shares, recipients, chosen, setChosen, toggle, cancel, removeChosen };
}
