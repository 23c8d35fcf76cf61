// After the load, the store's invariants, checked through the API against the product's own limits
// (kit.ts): the custom-image quota per account and region, names unique per account and region, the
// share limit, no share pointing at a missing image, every shared image a recipient sees listed in
// its owner's permissions (and the other way round), nothing created lost, nothing deleted left.

/** Returns { broken: messages (first 50), checks: queries made, images: custom images seen, lost }. */
export async function checkInvariants({ api, kit, created, deleted }) {
  const quota = kit.CUSTOM_IMAGE_QUOTA_PER_REGION;
  const shareMax = kit.SHARE_RECIPIENTS_MAX;
  const broken = [];
  const fail = (msg) => {
    if (broken.length < 50) broken.push(msg);
  };
  /** imageId → { owner, region, recipients } for every custom image. */
  const all = new Map();
  let checks = 0;

  for (const account of kit.accountIds) {
    for (const region of kit.regionIds) {
      const { images, total } = await api.listImages(account, region, 'PRIVATE_IMAGE');
      checks++;
      if (total > quota) fail(`${account} has ${total} custom images in ${region} (quota ${quota})`);
      const names = images.map((i) => i.ImageName);
      const dupes = names.filter((n, i) => names.indexOf(n) !== i);
      if (dupes.length > 0) fail(`${account} has duplicate names in ${region}: ${[...new Set(dupes)].join(', ')}`);
      for (const image of images) {
        if (kit.BUSY_STATES.includes(image.ImageState))
          fail(`${image.ImageId} is still ${image.ImageState} with instant durations`);
        const perms = (await api.must(account, 'DescribeImageSharePermission', region, { ImageId: image.ImageId }))
          .SharePermissionSet;
        checks++;
        const recipients = perms.map((p) => p.AccountId);
        if (recipients.length > shareMax) fail(`${image.ImageId} is shared with ${recipients.length} accounts`);
        if (new Set(recipients).size !== recipients.length) fail(`${image.ImageId} lists a recipient twice`);
        if (recipients.includes(account)) fail(`${image.ImageId} is shared with its owner`);
        if (image.SharedAccountCount !== recipients.length)
          fail(`${image.ImageId}: SharedAccountCount ${image.SharedAccountCount} but ${recipients.length} recipients`);
        all.set(image.ImageId, { owner: account, region, recipients });
      }
    }
  }

  for (const account of kit.accountIds) {
    for (const region of kit.regionIds) {
      // Every shared image a recipient sees is one its owner lists the recipient for.
      const { images } = await api.listImages(account, region, 'SHARED_IMAGE');
      checks++;
      for (const image of images) {
        const owner = all.get(image.ImageId);
        if (!owner) fail(`${account} sees ${image.ImageId} in ${region} as shared, but no owner has it (orphan share)`);
        else if (owner.region !== region)
          fail(`${account} sees ${image.ImageId} in ${region}, but it lives in ${owner.region}`);
        else if (!owner.recipients.includes(account))
          fail(`${account} sees ${image.ImageId} as shared, but ${owner.owner} does not list ${account}`);
      }
      // And every recipient an owner lists does see it.
      const seen = new Set(images.map((i) => i.ImageId));
      for (const [imageId, info] of all)
        if (info.region === region && info.recipients.includes(account) && !seen.has(imageId))
          fail(`${info.owner} lists ${account} as a recipient of ${imageId}, but ${account} does not see it`);
    }
  }

  // Nothing created is lost; nothing deleted is still there, for its owner or as a share.
  let lost = 0;
  for (const [imageId, where] of created) {
    if (!all.has(imageId)) {
      lost++;
      fail(`${imageId} (created by ${where.account} in ${where.region}) is missing`);
    }
  }
  for (const [imageId, region] of deleted) {
    if (all.has(imageId)) fail(`${imageId} was deleted but still exists`);
    for (const account of kit.accountIds) {
      const res = await api.must(account, 'DescribeImages', region, { ImageIds: [imageId] });
      checks++;
      if (res.TotalCount !== 0) fail(`${account} still sees deleted ${imageId} in ${region}`);
    }
  }
  return { broken, checks, images: all.size, lost };
}
