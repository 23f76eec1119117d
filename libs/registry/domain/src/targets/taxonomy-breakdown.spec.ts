import { placeIn } from './taxonomy-breakdown';

describe('placing a scenario in the report’s taxonomy version', () => {
  it('keeps codes that exist, follows successors forward and single origins back', () => {
    expect(placeIn('2026-final', { taxonomyVersion: '2025-draft', domainCode: 'mine-safety', aspectCode: 'sector-applications' })).toEqual({
      aspect: 'sector-applications',
      domain: 'emergency-management-mine-safety',
    });
    expect(placeIn('2025-draft', { taxonomyVersion: '2026-final', domainCode: 'digital-economy', aspectCode: 'new-fields-new-tracks' })).toEqual({
      aspect: 'new-fields-new-tracks',
      domain: 'digital-economy',
    });
  });

  it('cannot split a merged domain back: aspect only', () => {
    expect(placeIn('2025-draft', { taxonomyVersion: '2026-final', domainCode: 'emergency-management-mine-safety', aspectCode: 'sector-applications' })).toEqual({
      aspect: 'sector-applications',
      domain: null,
    });
    expect(placeIn('2026-final', { taxonomyVersion: '2026-final', domainCode: 'gone', aspectCode: 'nowhere' })).toEqual({ aspect: null, domain: null });
  });
});
