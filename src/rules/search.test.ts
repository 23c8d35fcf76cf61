import { describe, expect, it } from 'vitest';
import { osNameInEnglish, osNameWords, searchKey, searchKeys, searchMatcher } from './search.ts';

describe('searchKey', () => {
  it.each([
    ['full-width letters and digits fold to half-width', 'ＣｅｎｔＯＳ　７．６', 'centos 7.6'],
    ['case folds', 'Windows SERVER', 'windows server'],
    ['runs of spaces, tabs and ideographic spaces collapse', '  Ubuntu \t Server\u3000 22.04  ', 'ubuntu server 22.04'],
    ['no space beside a Chinese character', '64 位 数据中心 版', '64位数据中心版'],
    ['full-width punctuation folds', 'Ｗｉｎｄｏｗｓ（ＡＲＭ）', 'windows(arm)'],
    ['an ID as it is', 'img-9qabwvbn', 'img-9qabwvbn'],
  ])('%s', (_what, text, key) => {
    expect(searchKey(text)).toBe(key);
  });
});

describe('searchMatcher', () => {
  const centos = ['CentOS 7.6 64-bit', 'img-8toqc6s3', 'CentOS 7.6 64位'];
  const windows = [
    'Windows Server 2022 Datacenter 64-bit Chinese',
    'img-hdt9xxkt',
    'Windows Server 2022 数据中心版 64位中文版',
  ];
  const arm = ['Ubuntu Server 22.04 LTS 64-bit (ARM)', 'img-487zeit5', 'Ubuntu Server 22.04 LTS 64位 ARM版'];
  const i386 = ['CentOS 7.9 32-bit', 'img-2a9bvi4q', 'CentOS 7.9 32位'];
  const custom = ['web-server-centos79', 'img-abcd1234', 'CentOS 7.9 64位'];

  it.each<[string, string, readonly string[], boolean]>([
    ['a Chinese OS word as the seed writes it', '64位', centos, true],
    ['the same word in English', '64-bit', centos, true],
    ['in English with a space', '64 bit', centos, true],
    ['in English without one', '64bit', centos, true],
    ['with a space before 位', '64 位', centos, true],
    ['in full width', '６４位', centos, true],
    ['a 32-bit query does not find a 64-bit image', '32 bit', centos, false],
    ['but finds a 32-bit one', '32 bit', i386, true],
    ['and 32位 finds it by its English name', '32位', ['CentOS 7.9 32-bit'], true],
    ['Chinese finds an English-only name', '数据中心', ['Windows Server 2022 Datacenter 64-bit Chinese'], true],
    ['English finds a Chinese-only OS name', 'Datacenter', ['Windows Server 2022 数据中心版 64位中文版'], true],
    ['the edition word as written', '数据中心版', windows, true],
    ['a phrase across both languages', '数据中心版 64-bit', windows, true],
    ['中文版 is Chinese', 'chinese', ['Windows Server 2019 数据中心版 64位中文版'], true],
    ['英文版 is not Chinese', 'chinese', ['Windows Server 2019 数据中心版 64位英文版'], false],
    ['英文 as typed, part of a word', '英文', ['Windows Server 2019 数据中心版 64位英文版'], true],
    ['ARM版 is ARM', 'arm', ['Ubuntu Server 22.04 LTS 64位 ARM版'], true],
    ['64位 ARM as one phrase', '64位 ARM', arm, true],
    ['the full-width name of the brief', 'ＣｅｎｔＯＳ', centos, true],
    ['case', 'CENTOS 7.6', centos, true],
    ['extra spaces', '  centos    7.6 ', centos, true],
    ['part of an ID', 'img-8toq', centos, true],
    ['an ID in capitals and full width', 'ＩＭＧ－８ＴＯＱ', centos, true],
    ['a custom image by its OS name', '64位', custom, true],
    ['a custom image by part of its name', 'centos79', custom, true],
    ['nothing that is not there', 'debian', centos, false],
    ['a word split by a space is not the word', 'cent os', centos, false],
    ['an empty query finds everything', '   ', centos, true],
  ])('%s: %j', (_what, query, fields, found) => {
    expect(searchMatcher(query)(searchKeys(fields))).toBe(found);
  });

  it('knows a Chinese form and an English one for every word', () => {
    for (const word of osNameWords) {
      expect(searchKey(word.zh)).toBe(word.zh);
      expect(searchMatcher(word.zh)(searchKeys([word.en[0]]))).toBe(true);
      for (const en of word.en) expect(searchMatcher(en)(searchKeys([word.zh]))).toBe(true);
    }
  });
});

describe('osNameInEnglish', () => {
  it.each([
    ['CentOS 7.6 64位', 'CentOS 7.6 64-bit'],
    ['CentOS 7.9 32位', 'CentOS 7.9 32-bit'],
    ['TencentOS Server 4 64位 ARM版', 'TencentOS Server 4 64-bit ARM'],
    ['Windows Server 2022 数据中心版 64位中文版', 'Windows Server 2022 Datacenter 64-bit Chinese'],
    ['Windows Server 2019 数据中心版 64位英文版', 'Windows Server 2019 Datacenter 64-bit English'],
    ['Ubuntu Server 20.04 LTS 64bit', 'Ubuntu Server 20.04 LTS 64bit'],
    ['我的系统 64位', '我的系统 64-bit'],
    ['Debian (64位)', 'Debian (64-bit)'],
    ['CentOS 7.9 - 64位', 'CentOS 7.9 - 64-bit'],
  ])('%j reads %j', (osName, english) => {
    expect(osNameInEnglish(osName)).toBe(english);
  });

  it("reads as search finds it: the English form finds the API's name and the other way round", () => {
    for (const osName of [
      'CentOS 7.6 64位',
      'Windows Server 2022 数据中心版 64位中文版',
      'TencentOS Server 4 64位 ARM版',
    ]) {
      expect(searchMatcher(osNameInEnglish(osName))(searchKeys([osName]))).toBe(true);
      expect(searchMatcher(osName)(searchKeys([osNameInEnglish(osName)]))).toBe(true);
    }
  });
});
