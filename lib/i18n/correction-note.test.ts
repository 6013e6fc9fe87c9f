import { describe, expect, it } from 'vitest';
import { correctionParts, evidenceAddedPart } from '@/lib/claims/correction-parts';
import { appendNote, decodeNote, describeNote, encodeNote, isDeskNote } from './correction-note';

describe('correction notes the desk writes', () => {
  it('are stored as keys and read in each reader’s language', () => {
    const stored = encodeNote([{ key: 'sourceRenamed', values: { from: 'Kemhan', to: 'Kementerian Pertahanan' } }, { key: 'quoteLost' }]);
    expect(describeNote('en', stored)).toBe(
      'source name “Kemhan” → “Kementerian Pertahanan”; the quoted words are no longer in the article text, so the quote must be re-anchored before this can be approved',
    );
    expect(describeNote('id', stored)).toBe(
      'nama sumber “Kemhan” → “Kementerian Pertahanan”; kata-kata yang dikutip tidak ada lagi di teks artikel, sehingga kutipan harus ditautkan ulang sebelum ini dapat disetujui',
    );
    expect(describeNote('id', encodeNote([{ key: 'placeLinkedWhy' }]))).toBe('Meja redaksi menemukan klaim ini diulang di artikel lain.');
    expect(isDeskNote(stored)).toBe(true);
  });

  it('say codes among the values in the reader’s language: source kinds, statuses, relations', () => {
    expect(describeNote('id', encodeNote([{ key: 'sourceKind', values: { fromKind: 'PERSON', toKind: 'GOVERNMENT' } }]))).toBe(
      'jenis sumber Perorangan → Pemerintah',
    );
    const verdict = encodeNote(correctionParts({ status: 'UNPROVEN', explanation: 'Lama.' }, { status: 'FALSE', explanation: '' }));
    expect(describeNote('en', verdict)).toBe('status Unproven → False; explanation removed');
    expect(describeNote('id', verdict)).toBe('status Tidak terbukti → Keliru; penjelasan dihapus');
    const evidence = encodeNote(
      correctionParts({ evidence: { title: 'A', relation: 'SUPPORTS' } }, { evidence: { title: 'B', relation: 'REFUTES' } }),
    );
    expect(describeNote('en', evidence)).toBe('evidence title “A” → “B”; evidence supports → refutes');
    expect(describeNote('id', encodeNote([evidenceAddedPart({ title: 'Data BPS', url: 'https://bps.go.id', relation: 'REFUTES' })]))).toBe(
      'bukti ditambahkan: “Data BPS” (membantah, https://bps.go.id)',
    );
  });

  it('show an editor’s words and notes stored before the keys as they are', () => {
    expect(describeNote('id', 'article text corrected')).toBe('article text corrected');
    expect(isDeskNote('Angka baru dari BPS.')).toBe(false);
    expect(decodeNote('claimdesk-note:v1:[{"key":"noSuchKey"}]')).toEqual([{ text: 'claimdesk-note:v1:[{"key":"noSuchKey"}]' }]);
    expect(decodeNote('claimdesk-note:v1:{broken')).toHaveLength(1);
  });

  it('add up in one flag, an old English flag kept as it was', () => {
    const flag = appendNote('source name “A” → “B”', [{ key: 'articleText' }]);
    expect(describeNote('id', flag)).toBe('source name “A” → “B”; teks artikel dikoreksi');
    expect(describeNote('en', appendNote(flag, [{ key: 'placeLinked' }]))).toBe(
      'source name “A” → “B”; article text corrected; another place where the claim was said was linked to it',
    );
  });
});
