/// <reference types="jest" />
import { createOrganisationRequestOf, createUserRequestOf, EMPTY_ORGANISATION_FORM, EMPTY_USER_FORM, organisationChangesOf, organisationFormOf, unmetNeeds, userChangesOf, userFormOf, type DirectoryUser, type Organisation } from './admin.model';

const person: DirectoryUser = {
  id: 'u-1',
  username: 'wang.li',
  displayName: { zh: '王丽', en: 'Wang Li' },
  status: 'active',
  roles: ['evaluator'],
  unit: null,
  district: null,
  organisation: { id: 'org-1', name: '重庆大学' },
  passwordMustChange: true,
};

describe('the administration forms', () => {
  it('send a new person with empty choices as null and roles in the directory order', () => {
    const form = { ...EMPTY_USER_FORM, username: ' wang.li ', displayNameZh: '王丽 ', roles: ['evaluator', 'applicant'] as DirectoryUser['roles'], organisationId: 'org-1' };
    expect(createUserRequestOf(form)).toEqual({ username: 'wang.li', displayName: { zh: '王丽', en: '' }, roles: ['applicant', 'evaluator'], unit: null, district: null, organisationId: 'org-1' });
  });

  it('patch only what changed about a person, a cleared choice as null', () => {
    const before = userFormOf(person);
    expect(userChangesOf(before, { ...before })).toEqual({});
    expect(userChangesOf(before, { ...before, roles: ['evaluator'] })).toEqual({});
    expect(userChangesOf(before, { ...before, displayNameEn: 'Li Wang' })).toEqual({ displayName: { zh: '王丽', en: 'Li Wang' } });
    expect(userChangesOf(before, { ...before, roles: ['officer', 'evaluator'], district: '渝中区', organisationId: '' })).toEqual({ roles: ['officer', 'evaluator'], district: '渝中区', organisationId: null });
  });

  it('say what the chosen roles still need before the form is sent', () => {
    expect(unmetNeeds({ ...EMPTY_USER_FORM, roles: ['officer'] })).toEqual({ unitOrDistrict: true, organisation: false });
    expect(unmetNeeds({ ...EMPTY_USER_FORM, roles: ['officer'], district: '渝中区' })).toEqual({ unitOrDistrict: false, organisation: false });
    expect(unmetNeeds({ ...EMPTY_USER_FORM, roles: ['applicant', 'coordinator'] })).toEqual({ unitOrDistrict: false, organisation: true });
    expect(unmetNeeds({ ...EMPTY_USER_FORM, roles: ['auditor'] })).toEqual({ unitOrDistrict: false, organisation: false });
  });

  it('send organisations without blank aliases, and patch only what changed', () => {
    expect(createOrganisationRequestOf({ ...EMPTY_ORGANISATION_FORM, name: ' 重庆大学 ', kind: 'university', aliases: ['重大', ' '] })).toEqual({ name: '重庆大学', nameEn: '', kind: 'university', uscc: null, aliases: ['重大'] });
    const stored: Organisation = { id: 'org-1', name: '重庆大学', nameEn: 'Chongqing University', kind: 'university', uscc: null, aliases: ['重大'] };
    const before = organisationFormOf(stored);
    expect(organisationChangesOf(before, { ...before, aliases: ['重大', ''] })).toEqual({});
    expect(organisationChangesOf(before, { ...before, uscc: '12500000450403217X', aliases: [] })).toEqual({ uscc: '12500000450403217X', aliases: [] });
  });
});
