import { Controller, Get, Post, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '@scq/contracts';
import { routeOperations, routePolicies } from '../openapi/route-operations';
import { ApiRoute } from '../openapi/api-route.decorator';
import { Access, describeAccess, OVERSEERS } from './access.decorator';
import { AccessGuard } from './access.guard';

@Controller('api/things')
class ThingsController {
  @Get(':id')
  @Access({ ...OVERSEERS, officer: 'own-unit' })
  @ApiRoute({ summary: '东西 A thing', responses: {} })
  get() {
    return {};
  }

  @Get()
  @Access.public()
  @ApiRoute({ summary: '列表 Things', responses: {} })
  list() {
    return [];
  }

  // Added without a policy: the enumerator names it, the guard refuses it.
  @Post()
  @ApiRoute({ summary: '新建 Add a thing', responses: {} })
  create() {
    return {};
  }
}

const actor = (roles: Actor['roles']): Actor => ({ id: 'x', roles, unit: null, organisation: null, district: null });
const call = (method: 'get' | 'list' | 'create', caller: Actor | null) => {
  const request = { method: 'GET', path: '/api/things', actor: caller };
  const context = { getType: () => 'http', getHandler: () => ThingsController.prototype[method], switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
  try {
    return new AccessGuard(new Reflector()).canActivate(context);
  } catch (error) {
    return (error as { getResponse(): { code: string; message: string } }).getResponse();
  }
};

describe('access policies declared on every route', () => {
  it('lists every route with its policy, and names a route added without one', () => {
    const { routes, withoutPolicy } = routePolicies([ThingsController]);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(['get /api/things/:id', 'get /api/things']);
    expect(routes[1].policy.anonymous).toBe(true);
    expect(withoutPolicy).toEqual(['POST /api/things (ThingsController.create)']);
  });

  it('lets a listed role through, refuses any other with 403 FORBIDDEN_ROLE naming the roles that may, and refuses everybody on a route without a policy', () => {
    expect(call('get', actor(['officer']))).toBe(true);
    expect(call('get', actor(['auditor']))).toBe(true);
    expect(call('get', actor(['applicant']))).toEqual({ code: 'FORBIDDEN_ROLE', message: expect.stringMatching(/applicant[\s\S]*coordinator, leadership, auditor, admin, officer/) });
    expect(call('list', null)).toBe(true);
    expect(call('list', actor(['evaluator']))).toBe(true);
    expect(call('create', actor(['admin']))).toMatchObject({ code: 'NO_ACCESS_POLICY' });
  });

  it('shows the policy in the API document: x-roles, x-access and a line in the description', () => {
    const [get] = routeOperations([ThingsController]).operations;
    expect(get.access?.roles).toEqual({ coordinator: 'everything', leadership: 'everything', auditor: 'everything', admin: 'everything', officer: 'own-unit' });
    expect(get.description).toBe(describeAccess({ anonymous: false, roles: { ...OVERSEERS, officer: 'own-unit' } }));
    expect(get.description).toContain('权限 Access: coordinator (everything)');
  });
});
