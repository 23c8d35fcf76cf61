// An image's state cell: a failed image's reason in the page's language when its code is known.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { customImage } from '../../test/fixtures.ts';
import { withI18n } from '../../test/render.tsx';
import { StateCell } from './ImageTable.tsx';

/** The state cell of an image that failed with `reason`, on the page in `locale`. */
function renderFailed(reason: string, locale: 'en' | 'zh-CN', ImageState: 'IMPORTFAILED' | 'CREATEFAILED') {
  return render(withI18n(<StateCell image={customImage({ ImageState, FailureReason: reason })} />, locale));
}

describe('StateCell', () => {
  it.each([
    [
      'VirtioNotInstall: the virtio driver is not installed in the image.',
      'VirtioNotInstall: the virtio driver is not installed in the image.',
      'VirtioNotInstall：镜像中未安装 virtio 驱动。',
    ],
    [
      'RootPartitionNotFound: no root partition was found in the image.',
      'RootPartitionNotFound: no root partition was found in the image.',
      'RootPartitionNotFound：镜像中未检测到根分区。',
    ],
    // A documented import code, whatever words the reason came with.
    ['InvalidUrl: bad link', 'InvalidUrl: the COS link is invalid.', 'InvalidUrl：COS 链接无效。'],
  ])('says a known import failure in the page’s language, its code kept: %s', (reason, english, chinese) => {
    const view = renderFailed(reason, 'en', 'IMPORTFAILED');
    expect(screen.getByText(english)).toBeInTheDocument();
    view.unmount();
    renderFailed(reason, 'zh-CN', 'IMPORTFAILED');
    expect(screen.getByText('导入失败')).toBeInTheDocument();
    expect(screen.getByText(chinese)).toBeInTheDocument();
    expect(screen.queryByText(reason)).not.toBeInTheDocument();
  });

  it.each([
    ['VirtioNotInstall: x', 'VirtioNotInstall: the virtio driver is not installed in the image.'],
    ['RootPartitionNotFound: x', 'RootPartitionNotFound: no root partition was found in the image.'],
  ])('says it in English on the English page: %s', (reason, english) => {
    renderFailed(reason, 'en', 'IMPORTFAILED');
    expect(screen.getByText('Import failed')).toBeInTheDocument();
    expect(screen.getByText(english)).toBeInTheDocument();
  });

  it.each([
    'InternalError: the snapshot of the system disk could not be taken.',
    'SomethingNew: a reason the console has no words for',
    'no code at all',
    'toString: not a code of the catalogue',
  ])('shows any other reason as given, in either language: %s', (reason) => {
    const view = renderFailed(reason, 'zh-CN', 'CREATEFAILED');
    expect(screen.getByText(reason)).toBeInTheDocument();
    view.unmount();
    renderFailed(reason, 'en', 'CREATEFAILED');
    expect(screen.getByText(reason)).toBeInTheDocument();
  });
});
