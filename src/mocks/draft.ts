import type { SharePermission } from '../rules/images.ts';
import { snapshotsOf, type StoreData, type StoredImage, type StoredInstance, type StoreView } from './store.ts';

type ListKey = 'images' | 'instances' | 'snapshots';

/**
 * A mutation's working copy of the store. It starts as a shallow copy of the current data and
 * copies an array or the shares record the first time it writes to it (entries are replaced, never
 * changed in place), so an edit costs what it changes, not the size of the store, and the data it
 * started from stays exactly as it was until the backend commits `result()` (all or nothing).
 */
export class StoreDraft {
  private readonly next: StoreData;
  private readonly copied = new Set<ListKey | 'shares'>();

  constructor(base: StoreData) {
    this.next = { ...base };
  }

  /** The data with the changes made so far. */
  get data(): StoreView {
    return this.next;
  }

  /** The new data, for the backend to commit once the whole action has succeeded. */
  result(): StoreData {
    return this.next;
  }

  /** The next value of the store's counter, behind every generated ID. */
  nextSeq(): number {
    return ++this.next.seq;
  }

  private own<K extends ListKey>(key: K): StoreData[K] {
    if (!this.copied.has(key)) {
      this.next[key] = [...this.next[key]] as StoreData[K];
      this.copied.add(key);
    }
    return this.next[key];
  }

  /** Add an image and the snapshots of its SnapshotSet. */
  addImage(image: StoredImage): void {
    this.own('images').push(image);
    if (image.SnapshotSet.length > 0) this.own('snapshots').push(...snapshotsOf(image));
  }

  /** Replace the image `imageId` of `region` by a changed copy. */
  updateImage(imageId: string, region: string, change: Partial<StoredImage>): void {
    const images = this.own('images');
    const index = images.findIndex((i) => i.ImageId === imageId && i.Region === region);
    if (index === -1) throw new Error(`no image ${imageId} in ${region}`);
    images[index] = { ...images[index]!, ...change };
  }

  /**
   * Remove the images of `region` with these IDs and their share lists; their snapshots stay (and
   * stay billed) unless `withSnapshots`.
   */
  removeImages(region: string, imageIds: ReadonlySet<string>, withSnapshots = false): void {
    this.next.images = this.next.images.filter((i) => !(i.Region === region && imageIds.has(i.ImageId)));
    this.copied.add('images');
    for (const id of imageIds) this.setShares(id, []);
    if (withSnapshots) {
      this.next.snapshots = this.next.snapshots.filter((s) => !(s.Region === region && imageIds.has(s.ImageId)));
      this.copied.add('snapshots');
    }
  }

  /** The recipients of an image; none removes its entry. */
  setShares(imageId: string, recipients: SharePermission[]): void {
    if (recipients.length === 0 && !Object.hasOwn(this.next.shares, imageId)) return;
    if (!this.copied.has('shares')) {
      this.next.shares = { ...this.next.shares };
      this.copied.add('shares');
    }
    if (recipients.length > 0) this.next.shares[imageId] = recipients;
    else delete this.next.shares[imageId];
  }

  addInstance(instance: StoredInstance): void {
    this.own('instances').push(instance);
  }
}
