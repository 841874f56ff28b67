import { editDistance, matchManufacturer, nearMiss, normaliseName, type RegisteredFacilityNames } from './manufacturer-match';

const jinan: RegisteredFacilityNames = {
  id: 'F-1',
  name: 'Jinan Hydraulic Press Works',
  aliases: ['Shandong Provincial Prison No. 4 Workshop'],
  chineseName: '济南液压机厂',
  pinyin: 'Jǐnán Yèyājī Chǎng',
};
const qingdao: RegisteredFacilityNames = { id: 'F-2', name: 'Qingdao Garment Works', aliases: [], chineseName: null, pinyin: null };

describe(normaliseName.name, () => {
  it('folds full-width forms, case, punctuation and spacing', () => {
    expect(normaliseName('ＪＩＮＡＮ　Ｈｙｄｒａｕｌｉｃ－Ｐｒｅｓｓ  Works')).toBe('jinanhydraulicpressworks');
    expect(normaliseName('  Shandong Provincial Prison No.4, Workshop ')).toBe('shandongprovincialprisonno4workshop');
  });

  it('drops tone marks from pinyin and keeps Chinese characters', () => {
    expect(normaliseName('Jǐnán Yèyājī Chǎng')).toBe('jinanyeyajichang');
    expect(normaliseName('济南 液压机厂（一）')).toBe('济南液压机厂一');
  });

  it('leaves nothing of a name made only of punctuation', () => {
    expect(normaliseName(' -., ')).toBe('');
  });
});

describe(editDistance.name, () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('山东服装厂', '山东服装一厂')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});

describe(nearMiss.name, () => {
  it('holds one edit in a six-character Chinese name', () => {
    expect(nearMiss('山东服装一厂', '山东服装厂')).toBe(1);
  });

  it('holds up to 2 edits in 10 to 14 characters, not 3', () => {
    // 'qingdaogarmentworks' has 19 characters: 3 edits allowed.
    expect(nearMiss('qingdaogarmentwork', 'qingdaogarmentworks')).toBe(1);
    expect(nearMiss('hebeiumbrela', 'hebeiumbrella')).toBe(1); // 13 characters: 2 allowed
    expect(nearMiss('hebiumbrela', 'hebeiumbrella')).toBe(2);
    expect(nearMiss('hbiumbrela', 'hebeiumbrella')).toBeNull(); // 3 edits
  });

  it('never calls a short name or the same name a near miss', () => {
    expect(nearMiss('abcd', 'abce')).toBeNull();
    expect(nearMiss('qingdao', 'qingdao')).toBeNull();
  });

  it('does not hold names that only share a word', () => {
    expect(nearMiss('qingdaoteaestate', 'qingdaogarmentworks')).toBeNull();
  });
});

describe(matchManufacturer.name, () => {
  const facilities = [jinan, qingdao];

  it('matches the registered name exactly', () => {
    expect(matchManufacturer('Qingdao Garment Works', facilities)).toEqual({
      facilityId: 'F-2',
      facilityName: 'Qingdao Garment Works',
      matchedName: 'Qingdao Garment Works',
      field: 'NAME',
      how: 'EXACT',
      edits: 0,
    });
  });

  it('matches an alias, the Chinese name and the pinyin after normalisation', () => {
    expect(matchManufacturer('SHANDONG PROVINCIAL PRISON NO 4 WORKSHOP', facilities)).toMatchObject({ facilityId: 'F-1', field: 'ALIAS', how: 'NORMALISED' });
    expect(matchManufacturer('济南液压机厂', facilities)).toMatchObject({ facilityId: 'F-1', field: 'CHINESE_NAME', how: 'EXACT' });
    expect(matchManufacturer('Jinan Yeyaji Chang', facilities)).toMatchObject({ facilityId: 'F-1', field: 'PINYIN', how: 'NORMALISED', matchedName: 'Jǐnán Yèyājī Chǎng' });
  });

  it('matches a full-width variant of the registered name', () => {
    expect(matchManufacturer('Ｑｉｎｇｄａｏ　Ｇａｒｍｅｎｔ　Ｗｏｒｋｓ', facilities)).toMatchObject({ facilityId: 'F-2', field: 'NAME', how: 'NORMALISED' });
  });

  it('reports a near miss with its edits, and nothing for an unrelated name', () => {
    expect(matchManufacturer('Qingdao Garmant Work', facilities)).toMatchObject({ facilityId: 'F-2', field: 'NAME', how: 'NEAR', edits: 2 });
    expect(matchManufacturer('济南液压机一厂', facilities)).toMatchObject({ facilityId: 'F-1', field: 'CHINESE_NAME', how: 'NEAR', edits: 1 });
    expect(matchManufacturer('Ningbo Umbrella Company', facilities)).toBeNull();
    expect(matchManufacturer('', facilities)).toBeNull();
  });

  it('prefers a normalised match on one facility to a near miss on another', () => {
    const twin: RegisteredFacilityNames = { ...qingdao, id: 'F-3', name: 'Qingdao Garment Work' };
    expect(matchManufacturer('qingdao garment work', [qingdao, twin])).toMatchObject({ facilityId: 'F-3', how: 'NORMALISED' });
  });
});
