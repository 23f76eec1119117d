// Generated from the platform's OpenAPI document by `npm run generate:api` (tools/openapi/console-api-types.ts).
// Do not edit: change the routes' zod schemas and generate again; a unit test fails while this file is stale.

export interface paths {
    "/api/admin/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 机构列表 Organisations by name (admin, coordinator)
         * @description 权限 Access: admin (everything), coordinator (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getAdminOrganisations"];
        put?: never;
        /**
         * 新建机构 Create an organisation (admin, coordinator)
         * @description 权限 Access: admin (everything), coordinator (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postAdminOrganisations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改机构 Change an organisation (admin, coordinator)
         * @description 权限 Access: admin (everything), coordinator (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        patch: operations["patchAdminOrganisationsById"];
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户列表 People in the directory, by username (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getAdminUsers"];
        put?: never;
        /**
         * 新建用户 Create a person with roles, unit, district and organisation; a temporary password is answered once (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postAdminUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户详情 One person (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getAdminUsersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改用户 Change names, roles, unit, district or organisation (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        patch: operations["patchAdminUsersById"];
        trace?: never;
    };
    "/api/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 停用用户 Disable a person: they can no longer sign in (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postAdminUsersByIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 启用用户 Enable a disabled person again (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postAdminUsersByIdEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重置密码 A new temporary password, answered once; the person must change it at the next sign-in (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postAdminUsersByIdPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志 The audit log: every state-changing request, newest first (auditor, admin)
         * @description `limit` (default 50, at most 500) a page; pass `nextCursor` back as `after` for the next page (null on the last).
         *
         *     权限 Access: auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/entries.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出审计日志 The audit log as CSV, with the same filters (auditor, admin)
         * @description Every matching entry, newest first, streamed: UTF-8 with a byte-order mark, a bilingual header row, cells that would start a spreadsheet formula prefixed with `'`.
         *
         *     权限 Access: auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getAuditEntriesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按角色列出账号 Accounts holding a role (coordinator, admin)
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getAuthAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录 Sign in with username and password
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退出登录 Sign out: end this session
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前用户 Who the access token names
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 单点登录状态 Whether single sign-on is on, and the provider’s name for the button
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getAuthOidc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 单点登录回调 Single sign-on: the provider’s answer
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getAuthOidcCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/handoff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 单点登录交接 Single sign-on: the one-time code → a new session
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        post: operations["postAuthOidcHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 单点登录：前往身份提供方 Single sign-on: off to the OpenID provider (authorisation code with PKCE)
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getAuthOidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改密码 Change your own password
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 刷新访问令牌 A new access token for a refresh token, and the next refresh token
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        post: operations["postAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batch-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 批次清单 Batch lists (drafts for the coordinator), keyset-paginated
         * @description Year and issue date newest first, then number, then revision newest first. `limit` (default 50, at most 200) a page; pass `nextCursor` back as `after` for the next page (null on the last).
         *
         *     权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getBatchLists"];
        put?: never;
        /**
         * 起草清单 Draft a batch list (coordinator)
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postBatchLists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batch-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 清单详情 One batch list with its items
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getBatchListsById"];
        /**
         * 修改草稿 Change a draft
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        put: operations["putBatchListsById"];
        post?: never;
        /**
         * 删除草稿 Discard a draft
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        delete: operations["deleteBatchListsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batch-lists/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 清单比较 Changes from another list or revision
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getBatchListsByIdDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batch-lists/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出清单 Export a list (JSON, CSV, XLSX)
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getBatchListsByIdExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batch-lists/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 加入场景 Add a scenario to a draft
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postBatchListsByIdItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batch-lists/{id}/items/{scenarioId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修改条目 Change an item of a draft
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        put: operations["putBatchListsByIdItemsByScenarioId"];
        post?: never;
        /**
         * 移除条目 Remove an item from a draft
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        delete: operations["deleteBatchListsByIdItemsByScenarioId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batch-lists/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布清单 Publish (immutable from then on, scenarios snapshotted)
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postBatchListsByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batch-lists/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 修订历史 The revisions of a list, keyset-paginated
         * @description Oldest first. `limit` (default 50, at most 200) a page; pass `nextCursor` back as `after` for the next page (null on the last).
         *
         *     权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getBatchListsByIdRevisions"];
        put?: never;
        /**
         * 修订清单 Start a revision of a published list
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postBatchListsByIdRevisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 年度节假日 A year’s holidays and make-up working days
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getCalendarByYear"];
        /**
         * 登记年度节假日 Load a later year’s holiday notice (admin, coordinator)
         * @description 权限 Access: admin (everything), coordinator (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        put: operations["putCalendarByYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作日推算 The date N working days after a date
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getCalendarWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demand-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 需求清单 Demand lists
         * @description `q`: words (Chinese or English) that must each appear in the list’s number or title or in one of its opportunities; `open=true`: lists with an opportunity still open to answers (`respondBy` today or later, Beijing time).
         *
         *     权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getDemandLists"];
        put?: never;
        /**
         * 发布需求清单（场景须已入清单或运营中）Publish a demand list of a unit (its scenarios listed or operating)
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postDemandLists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demand-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 清单详情 One demand list
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getDemandListsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 区县目录 Districts and counties, and the Sichuan partners of joint 成渝 scenarios
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getDirectoryDistricts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 接口文档 This document as a page
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 接口文档 The OpenAPI 3.1 document of the gateway and every service
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getDocsOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employment-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 就业风险看板 Scenarios by employment risk, breaches first (市人力社保局, coordinator)
         * @description Each scenario’s report of `period`, or its latest. 市人力社保局 (an officer of that unit), the coordinator and admins; other officers 403 `OUT_OF_SCOPE`.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        get: operations["getEmploymentRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employment-risk/thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 就业风险阈值 The groups, rules and thresholds (data)
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getEmploymentRiskThresholds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评估列表 Assessments the caller may see
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public.
         */
        get: operations["getEvaluationAssessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评估详情 One assessment
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getEvaluationAssessmentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/assessments/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新分配 Retry the assignment (organising unit)
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postEvaluationAssessmentsByIdAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/assessments/{id}/consensus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分汇总 The others’ scores and the consensus (after one’s own submission)
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getEvaluationAssessmentsByIdConsensus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/assessments/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 拒绝任务 Decline an assignment
         * @description 权限 Access: evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        post: operations["postEvaluationAssessmentsByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/assessments/{id}/panel-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 专家组决定 Record the panel’s decision
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postEvaluationAssessmentsByIdPanelDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/assessments/{id}/recuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 回避 Recuse oneself
         * @description 权限 Access: evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        post: operations["postEvaluationAssessmentsByIdRecuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/assessments/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交评分 Submit independent scores (once)
         * @description 权限 Access: evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        post: operations["postEvaluationAssessmentsByIdScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/assignments/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的评审任务 The caller’s assignments
         * @description 权限 Access: evaluator (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getEvaluationAssignmentsMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分校准 Severity and leniency of each evaluator (coordinator)
         * @description 权限 Access: coordinator (everything), admin (everything), leadership (everything), auditor (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getEvaluationCalibration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评审专家 Evaluators
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getEvaluationEvaluators"];
        put?: never;
        /**
         * 登记专家 Add an evaluator
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postEvaluationEvaluators"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专家详情 One evaluator
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (everything), evaluator (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own = 本人的 their own.
         */
        get: operations["getEvaluationEvaluatorsById"];
        put?: never;
        post?: never;
        /**
         * 专家退出 Retire an evaluator
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        delete: operations["deleteEvaluationEvaluatorsById"];
        options?: never;
        head?: never;
        /**
         * 修改专家 Change an evaluator
         * @description 权限 Access: coordinator (everything), admin (everything), evaluator (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own = 本人的 their own.
         */
        patch: operations["patchEvaluationEvaluatorsById"];
        trace?: never;
    };
    "/api/evaluation/evaluators/{id}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 利益冲突 An evaluator’s conflicts of interest
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), evaluator (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own = 本人的 their own.
         */
        get: operations["getEvaluationEvaluatorsByIdConflicts"];
        put?: never;
        /**
         * 申报冲突 Declare a conflict of interest
         * @description 权限 Access: coordinator (everything), admin (everything), evaluator (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own = 本人的 their own.
         */
        post: operations["postEvaluationEvaluatorsByIdConflicts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluators/{id}/conflicts/{conflictId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 撤销冲突 Remove a conflict of interest
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        delete: operations["deleteEvaluationEvaluatorsByIdConflictsByConflictId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 机构 Organisations of the evaluator pool
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getEvaluationOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 登记机构 Create or change an organisation
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        put: operations["putEvaluationOrganisationsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/rubrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分表 The rubrics and which decide each purpose
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getEvaluationRubrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/rubrics/{rubricId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分表详情 One rubric (a version, default the current)
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getEvaluationRubricsByRubricId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的评审待办 Assignments to score and assessments waiting on their organisers
         * @description An evaluator’s assignments still to score (with the scoring deadline’s id), and for the organising units’ officers and the coordinator the assessments waiting for a panel or for the panel’s decision; longest waiting first, at most `limit` (default and most 200), `truncated` when more wait.
         *
         *     权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getEvaluationTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/factor-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 要素类型及责任单位 The factor kinds and the unit responsible for each (data)
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getFactorKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/factor-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 要素保障需求 Factor support requests (routed to or made by my unit; all for the coordinator)
         * @description `as=responsible`: routed to the caller’s unit; `as=owner`: made by it. The coordinator and admins see all. Oldest first.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        get: operations["getFactorRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/factor-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 要素保障需求 A factor support request
         * @description 提出单位与责任单位的经办人员、统筹协调单位、管理员 Officers of the requesting (owner) unit and of the responsible unit, the coordinator and admins; others 403 `OUT_OF_SCOPE`.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        get: operations["getFactorRequestsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/factor-requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 答复要素保障需求 Answer a factor support request (officer of the responsible unit)
         * @description granted, partially-granted or declined, with the answer in words. Answering cancels the deadline and its reminders (`registry.deadline.cancelled`); a second answer is 409 `FACTOR_REQUEST_ANSWERED`.
         *
         *     权限 Access: officer (own-unit); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public.
         */
        post: operations["postFactorRequestsByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 融资汇总 Financing totals by kind, domain and district (coordinator, 市委金融办)
         * @description 统筹协调单位、市委金融办（按单位识别）、市领导和审计人员可查看，其他 403 The coordinator, 市委金融办 (an officer of that unit), the leadership and auditors; others 403 `OUT_OF_SCOPE`. Amounts are decimal strings of fen.
         *
         *     权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public.
         */
        get: operations["getFinancingTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matchmaking-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 供需对接活动 Matchmaking events
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getMatchmakingEvents"];
        put?: never;
        /**
         * 记录对接活动 Record a matchmaking event
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postMatchmakingEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matchmaking-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 活动详情 One matchmaking event
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getMatchmakingEventsById"];
        put?: never;
        post?: never;
        /**
         * 删除活动 Delete an event
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        delete: operations["deleteMatchmakingEventsById"];
        options?: never;
        head?: never;
        /**
         * 修改活动 Revise an event
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        patch: operations["patchMatchmakingEventsById"];
        trace?: never;
    };
    "/api/notifications/armed-deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 在途期限 The deadlines still armed for some lifecycle instances, with working days left
         * @description `instances`: up to 100 lifecycle instance ids, separated by commas. Each armed deadline with its due instant, the working days from today to its due day on the working-day calendar (negative once past) and whether it is overdue; the gateway’s task list (`GET /api/tasks`) reads its due dates here.
         *
         *     权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getNotificationsArmedDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 期限 The deadlines of a lifecycle instance
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getNotificationsDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/deadlines/{deadlineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 期限详情 One deadline with its reminders
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getNotificationsDeadlinesByDeadlineId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 投递记录 The delivery log (own and unit’s; all for coordinator and admins)
         * @description 权限 Access: applicant (own), officer (own-unit), evaluator (own), leadership (own), auditor (own), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        get: operations["getNotificationsDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 收件箱 The caller’s and their unit’s in-app messages
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getNotificationsInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/inbox/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 归档 Archive one message (out of the list and the unread counts)
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        post: operations["postNotificationsInboxByIdArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 标为已读 Mark one message read
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        post: operations["postNotificationsInboxByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/inbox/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消归档 Bring an archived message back
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        post: operations["postNotificationsInboxByIdUnarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/inbox/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 全部已读 Mark all read (in a scope)
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        post: operations["postNotificationsInboxReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/inbox/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 未读数 Unread counts (own, unit, total)
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getNotificationsInboxUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 通知设置 Preferences of the caller or their unit
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getNotificationsPreferences"];
        /**
         * 修改通知设置 Change preferences (a unit’s by its officers)
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        put: operations["putNotificationsPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新排程 Re-derive and reschedule every outstanding job (coordinator, admin)
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postNotificationsReschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 未读数推送 Unread counts, pushed (server-sent events)
         * @description 权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getNotificationsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 死信 Dead letters of every service (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getOperationsDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/dead-letters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 死信详情 One dead letter with its original bytes (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getOperationsDeadLettersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/dead-letters/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 丢弃死信 Discard a dead letter with a reason (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postOperationsDeadLettersByIdDiscard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/dead-letters/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重放死信 Replay dead letters to their topics (admin)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postOperationsDeadLettersReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场景机会 Opportunities (published; drafts for their unit)
         * @description `q`: words (Chinese or English) that must each appear in the title, description or capabilities; `open=true`: only those still open to answers (published, `respondBy` today or later, Beijing time).
         *
         *     权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getOpportunities"];
        put?: never;
        /**
         * 起草机会 Draft an opportunity (officer of the owner unit, coordinator)
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postOpportunities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 机会详情 One opportunity with its matches
         * @description 权限 Access: 任何人，无需登录 anyone, no sign-in needed.
         */
        get: operations["getOpportunitiesById"];
        put?: never;
        post?: never;
        /**
         * 删除草稿 Delete a draft opportunity
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        delete: operations["deleteOpportunitiesById"];
        options?: never;
        head?: never;
        /**
         * 修改机会 Revise an opportunity
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        patch: operations["patchOpportunitiesById"];
        trace?: never;
    };
    "/api/opportunities/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 关闭机会 Close an opportunity
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postOpportunitiesByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunities/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布机会（场景须已入清单或运营中）Publish an opportunity (its scenario listed or operating)
         * @description 权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postOpportunitiesByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunities/{id}/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 为场景机会匹配供应商 Suppliers for a published opportunity, best first, with reasons (owner unit’s officers, coordinator)
         * @description 得分 0–100：能力匹配 60（每项所需能力由供应商最相符的能力、标签或产品覆盖的词比例）、标题与描述 10、同领域 15、服务区县 5、业绩 ≤8、首台(套) 4；见 docs/architecture.md。Score 0–100: capabilities 60, title and description 10, same domain 15, district 5, track record up to 8, 首台(套) 4 (docs/architecture.md, “Supply–demand matching”). 失信-restricted suppliers are left out. `consortia` ranks the workflow's 场景创新联合体 apart, each scored the same way on the union of its members' profiles, its reasons naming the members; a consortium with a 失信-restricted member is left out. A draft or closed opportunity is 409 `OPPORTUNITY_NOT_PUBLISHED`.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        get: operations["getOpportunitiesByIdSuppliers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/procurement-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 采购途径与政府采购方式 Procurement routes and government procurement methods (reference data)
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (public), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; public = 公开的及本人参与的 what is public and what they take part in; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getRegistryProcurementMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的清单待办 Batch-list drafts and recognised scenarios waiting for a list (coordinator)
         * @description For the coordinator: the batch-list drafts to finish and publish, and the recognised scenarios on no list or draft yet; nothing for other roles. Longest waiting first, at most `limit` (default and most 200), `truncated` when more wait.
         *
         *     权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getRegistryTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场景列表 Scenarios the caller reads, by stage, 成渝 joint flag (`joint=true`), procurement route and method, 首台(套) reliance (`firstSet=true`), keyset-paginated
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (public), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; public = 公开的及本人参与的 what is public and what they take part in; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getScenarios"];
        put?: never;
        /**
         * 登记场景 Register a scenario (officer for their own unit; coordinator or admin on behalf of any unit)
         * @description An officer registers for their own unit only (403 naming it otherwise); the coordinator or an admin for any unit, recorded as `registeredOnBehalf` when it is not theirs; other roles 403. A municipal department (`ownerType` `municipal-department`) must be a unit of the scenario’s taxonomy version, by code, alias or name (400 on `ownerUnit` naming `GET /api/taxonomy/{version}/units`), and is stored as the taxonomy names it. Answers with near-duplicate warnings.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postScenarios"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场景详情 One scenario with its budget-reserve check
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (public), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; public = 公开的及本人参与的 what is public and what they take part in; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getScenariosById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改场景档案 Edit a scenario’s profile while it is open (before the recognition assessment)
         * @description Title, description, tier, district, budget, sandbox need, tags and contacts (`null` clears an optional one); not the owner or the domain. Whoever may register for the owner unit may edit (403 otherwise); from the recognition assessment on the profile is frozen (409 `SCENARIO_PROFILE_LOCKED` naming the stage); `expectedRevision` guards against a concurrent edit (409 `VERSION_MISMATCH`). Each change is recorded (`GET /api/scenarios/{id}/revisions`).
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        patch: operations["patchScenariosById"];
        trace?: never;
    };
    "/api/scenarios/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 疑似重复 Near-duplicates of a scenario with scores and decisions, keyset-paginated
         * @description Same domain and district first, then by score (higher first), then by scenario id; scenarios a decision was taken on are listed too. `limit` (default 20, at most 50) a page of `candidates`; pass `nextCursor` back as `after` for the next page (null on the last).
         *
         *     权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public.
         */
        get: operations["getScenariosByIdDuplicates"];
        put?: never;
        /**
         * 重复判定 Link or dismiss a near-duplicate (coordinator, admin)
         * @description 权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postScenariosByIdDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场景档案修改记录 The profile’s changes, newest first
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (public), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; public = 公开的及本人参与的 what is public and what they take part in; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getScenariosByIdRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{scenarioId}/benefit-sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 收益分享协议 A scenario’s benefit-sharing agreement: the current version, every version, and what it rests on
         * @description 牵头单位经办人员、统筹协调单位、管理员 The owner unit’s officers, the coordinator and admins; others 403 `OUT_OF_SCOPE`.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        get: operations["getScenariosByScenarioIdBenefitSharing"];
        put?: never;
        /**
         * 登记或修订收益分享协议 Make or amend a scenario’s benefit-sharing agreement (officer of its owner unit)
         * @description Parties (at least two, each with a role and `shareBasisPoints`, an integer; 10000 = 100 %) must add up to exactly 10000 (400 on `parties` otherwise). Only after a successful pilot — the stage after a passed 成效评估 (`operating.scaling` or `scaled`) — and a completed, passed value assessment (认定评估 with 场景价值评估): 409 `NO_SUCCESSFUL_PILOT` or `NO_VALUE_ASSESSMENT` otherwise. The first agreement omits `amends`; an amendment names the current version in `amends` with an `amendmentReason` and becomes the next version (409 `AGREEMENT_VERSION` when `amends` is not the current version).
         *
         *     权限 Access: officer (own-unit); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public.
         */
        post: operations["postScenariosByScenarioIdBenefitSharing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{scenarioId}/benefit-sharing/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 收益分享协议的某一版本 One version of a scenario’s benefit-sharing agreement
         * @description 牵头单位经办人员、统筹协调单位、管理员 The owner unit’s officers, the coordinator and admins; others 403 `OUT_OF_SCOPE`.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        get: operations["getScenariosByScenarioIdBenefitSharingVersionsByVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{scenarioId}/employment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场景就业指标 A scenario’s employment reports, newest period first
         * @description 牵头单位、统筹协调单位、市人力社保局（按单位识别） The owner unit, the coordinator and 市人力社保局 (recognised by its unit); others 403 `OUT_OF_SCOPE`.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        get: operations["getScenariosByScenarioIdEmployment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{scenarioId}/employment/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 填报就业指标 Report a period’s jobs created and displaced by group (officer of the owner unit)
         * @description `period`: YYYY-MM or YYYY-Qn, begun already. Whole people only. A second report of the period corrects the first (its revision counts). Each threshold breached for the first time in the period is announced (`registry.scenario.employment-risk-breached`): the notification service alerts 市人力社保局 and the owner unit.
         *
         *     权限 Access: officer (own-unit); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public.
         */
        put: operations["putScenariosByScenarioIdEmploymentByPeriod"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{scenarioId}/factor-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场景的要素保障需求 A scenario’s factor support requests
         * @description 提出单位与责任单位的经办人员、统筹协调单位、管理员 Officers of the requesting (owner) unit and of the responsible unit, the coordinator and admins; others 403 `OUT_OF_SCOPE`. A responsible unit sees those routed to it.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        get: operations["getScenariosByScenarioIdFactorRequests"];
        put?: never;
        /**
         * 提出要素保障需求 Ask for factor support (officer of the scenario’s owner unit)
         * @description The request is routed to the unit responsible for the factor (`GET /api/factor-kinds`: 土地 → 市规划自然资源局, 数据 → 市大数据发展局, 人才 → 市人力社保局, …) with an answer deadline in working days; the notification service reminds that unit and escalates when it is late (`registry.deadline.requested`).
         *
         *     权限 Access: officer (own-unit); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public.
         */
        post: operations["postScenariosByScenarioIdFactorRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{scenarioId}/financing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场景融资 The financing of a scenario
         * @description 牵头单位经办人员、统筹协调单位、市委金融办（按单位识别）、市领导和审计人员 The owner unit’s officers, the coordinator, 市委金融办 (recognised by its unit), the leadership and auditors; others 403 `OUT_OF_SCOPE`.
         *
         *     权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public.
         */
        get: operations["getScenariosByScenarioIdFinancing"];
        put?: never;
        /**
         * 登记融资 Record a financing of a scenario (officer of its owner unit)
         * @description `amountFen`: an integer number of fen (1 元 = 100 分), more than 0 and at most 10^14; a fraction of a fen, a string or a float is refused (400).
         *
         *     权限 Access: officer (own-unit); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public.
         */
        post: operations["postScenariosByScenarioIdFinancing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{scenarioId}/financing/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 变更融资状态 Change a financing’s status (approve, disburse, decline, close)
         * @description applied → approved → disbursed → closed; applied or approved → declined or closed. Any other move is 409 `FINANCING_STATUS`.
         *
         *     权限 Access: officer (own-unit); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public.
         */
        post: operations["postScenariosByScenarioIdFinancingByIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{scenarioId}/procurement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 采购途径与首台(套)认定 A scenario’s procurement route and first-set recognitions
         * @description Whoever reads the scenario (403 `OUT_OF_SCOPE` otherwise); `procurement` is null until recorded.
         *
         *     权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (public), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; public = 公开的及本人参与的 what is public and what they take part in; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getScenariosByScenarioIdProcurement"];
        /**
         * 登记采购途径与首台(套)认定 Record a scenario’s procurement route and first-set recognitions (owner unit, coordinator)
         * @description `route` government (政府采购) needs `method` (公开招标, 邀请招标, 竞争性谈判, 竞争性磋商, 单一来源采购, 询价, 框架协议采购, 合作创新采购); other routes take none (400 on `method`). Replaces what was recorded.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        put: operations["putScenariosByScenarioIdProcurement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出场景 Export the scenarios the caller reads (CSV or XLSX), with procurement route and 首台(套) recognitions
         * @description The list's filters (`stage`, `joint`, `procurementRoute`, `procurementMethod`, `firstSet`); at most 10,000 scenarios (more is 409 `EXPORT_TOO_LARGE`).
         *
         *     权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (public), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; public = 公开的及本人参与的 what is public and what they take part in; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getScenariosExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入场景 Import scenarios from an Excel file (dry run or commit)
         * @description The body is the workbook itself (at most 5 MiB, 2000 rows). Each row is checked as `POST /api/scenarios` checks a registration (an officer for their own unit only; the coordinator or an admin for any), and against the registry: a row repeating a registered scenario or an earlier row (same title, domain and owner unit) is refused, so the same file uploaded again imports nothing twice. Warnings (a reserve below the plan's minimum, a department not responsible for the domain) do not keep a row out. `commit` registers the valid rows in one transaction, each announced as `registry.scenario.registered`.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postScenariosImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导入模板 The Excel template for importing scenarios
         * @description The scenario sheet (bilingual headers, drop-downs for the choices, domains and units), and the taxonomy’s domains with their responsible units and its units on two more sheets.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        get: operations["getScenariosImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/near-duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 疑似重复检查 Near-duplicates of a draft registration, before it is stored (避免重复建设)
         * @description The same body and ownership rule as `POST /api/scenarios`; nothing is stored.
         *
         *     权限 Access: officer (own-unit), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postScenariosNearDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场景检索 Full-text and faceted scenario search
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (public), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; public = 公开的及本人参与的 what is public and what they take part in; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getSearchScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/scenarios/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出检索结果 Export the scenarios of a search (the board’s text and filters) as CSV or XLSX
         * @description The same `q` and filters as `GET /api/search/scenarios` (without `limit` and `after`), over what the caller reads, in the search's order, with the procurement route and 首台(套) recognitions; `format` csv (the default) or xlsx; at most 10,000 scenarios (more is 409 `EXPORT_TOO_LARGE`).
         *
         *     权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (public), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; public = 公开的及本人参与的 what is public and what they take part in; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getSearchScenariosExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/scenarios/stage-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场景阶段计数 How many scenarios of a search are in each stage (the board’s column counts)
         * @description The same `q` and filters as `GET /api/search/scenarios` (without `limit` and `after`), over what the caller reads; `stage: null` counts scenarios the workflow has not started yet.
         *
         *     权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (public), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; public = 公开的及本人参与的 what is public and what they take part in; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getSearchScenariosStageCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 供应商名录 The supplier directory (officers, the coordinator, administrators)
         * @description 权限 Access: officer (everything), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getSuppliers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 供应商档案 A supplier profile
         * @description 权限 Access: applicant (own), officer (everything), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own; everything = 全部 everything.
         */
        get: operations["getSuppliersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/{id}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置信用状态 Set a supplier’s credit status (coordinator, administrator)
         * @description `restricted` (失信) needs a reason and a date; the supplier’s applicants then may not apply to take a scenario (403 `CREDIT_RESTRICTED` from the workflow, told by `registry.supplier.credit-changed`). `normal` lifts it.
         *
         *     权限 Access: coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        put: operations["putSuppliersByIdCredit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/{id}/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 为供应商匹配场景机会 Open opportunities for a supplier, best first, with reasons
         * @description 得分 0–100：能力匹配 60（每项所需能力由供应商最相符的能力、标签或产品覆盖的词比例）、标题与描述 10、同领域 15、服务区县 5、业绩 ≤8、首台(套) 4；见 docs/architecture.md。Score 0–100: capabilities 60, title and description 10, same domain 15, district 5, track record up to 8, 首台(套) 4 (docs/architecture.md, “Supply–demand matching”). A 失信-restricted supplier gets none.
         *
         *     权限 Access: applicant (own), officer (everything), coordinator (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own; everything = 全部 everything.
         */
        get: operations["getSuppliersByIdOpportunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本单位供应商档案 My organisation’s supplier profile (applicant)
         * @description 权限 Access: applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getSuppliersMine"];
        /**
         * 填写本单位供应商档案 Write my organisation’s supplier profile (applicant)
         * @description The whole profile: capabilities, tags, products, domain codes, districts served (全市 for every one), 首台(套) recognitions. The credit status is not part of it.
         *
         *     权限 Access: applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        put: operations["putSuppliersMine"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 年度目标 A year’s progress against the plan’s targets, with the 5% reserve compliance
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getTargetsByYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的待办 Everything waiting on the caller, overdue first
         * @description Everything waiting on the caller across the services (scenarios and applications whose next event is theirs, assignments to score, assessments waiting on their organisers, batch-list drafts and recognised scenarios waiting for a list), each with a link to where it is done (`href`), due dates counted in working days by the notification service. A service that does not answer is named in `unavailable`. Filters: `kind`, `overdue`; `limit` (default 50, at most 200). `counts` cover every task whatever the filters.
         *
         *     权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待办数 How many tasks wait on the caller: in total, overdue, by kind (the header badge)
         * @description Everything waiting on the caller across the services (scenarios and applications whose next event is theirs, assignments to score, assessments waiting on their organisers, batch-list drafts and recognised scenarios waiting for a list), each with a link to where it is done (`href`), due dates counted in working days by the notification service. A service that does not answer is named in `unavailable`.
         *
         *     权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getTasksCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 分类版本 The taxonomy versions
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getTaxonomy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 分类总览 A version: aspects, domains with responsible units, coordinator, plan targets
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getTaxonomyByVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/{version}/aspects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 方面 Aspects of a version
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getTaxonomyByVersionAspects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/{version}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 领域 Domains of a version (optionally of one aspect)
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getTaxonomyByVersionDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/{version}/mechanisms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 机制 Mechanisms of a version
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getTaxonomyByVersionMechanisms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/{version}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 责任单位 Responsible units of a version
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getTaxonomyByVersionUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/{version}/units/{unit}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 单位领域 The domains a unit (code, name or alias) is responsible for
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getTaxonomyByVersionUnitsByUnitDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/co-owner-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 成渝单位 Units a scenario may name as co-owners, with their region (重庆, 四川)
         * @description A scenario with a co-owner unit of another region than its owner unit is a 成渝 joint scenario (跨区域综合性重大场景).
         *
         *     权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getTaxonomyCoOwnerUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申报/揭榜 Apply to take an open scenario (a new application in draft)
         * @description One live application per applicant and scenario: `409 DUPLICATE` while an earlier one is not withdrawn or rejected; `409 EVENT_NOT_ACCEPTED` when the scenario is not open. With `consortiumId` the application is made by that consortium (场景创新联合体): the caller must be an applicant of its lead organisation (403 `NOT_LEAD`; 404 `CONSORTIUM_NOT_FOUND`), every member becomes a party (conflicts of interest are checked against each) and the subject shows the consortium with its members. Honours `Idempotency-Key`.
         *
         *     权限 Access: applicant (public); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: public = 公开的及本人参与的 what is public and what they take part in.
         */
        post: operations["postWorkflowApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报生命周期 The lifecycle of an application
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (own), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; own = 本人的 their own; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getWorkflowApplicationsByApplicationId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/applications/{applicationId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报材料 An application’s attachments
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (own), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; own = 本人的 their own; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getWorkflowApplicationsByApplicationIdAttachments"];
        put?: never;
        /**
         * 上传材料 Upload an attachment (the applicant, while a draft or returned for revision)
         * @description `multipart/form-data` with one file in the part `file`. At most 20 MiB (413), PDF, DOCX, XLSX, PNG, JPEG or ZIP judged by the bytes and agreeing with the file name (415), at most 20 per application (409); a file the virus scan rejects is 422. Nothing is stored when refused.
         *
         *     权限 Access: applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        post: operations["postWorkflowApplicationsByApplicationIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/applications/{applicationId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载材料 Download an attachment, under the name it was uploaded with
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (own), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; own = 本人的 their own; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getWorkflowApplicationsByApplicationIdAttachmentsByAttachmentId"];
        put?: never;
        post?: never;
        /**
         * 删除材料 Delete an attachment (the applicant, while a draft or returned for revision)
         * @description 权限 Access: applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        delete: operations["deleteWorkflowApplicationsByApplicationIdAttachmentsByAttachmentId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/applications/{applicationId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报书 An application’s content: proposal, contact, team
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (own), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; own = 本人的 their own; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getWorkflowApplicationsByApplicationIdContent"];
        /**
         * 填写申报书 Save the content (the applicant, while a draft or returned for revision)
         * @description Replaces the whole content. `409 APPLICATION_NOT_EDITABLE` names the stage once the application is submitted.
         *
         *     权限 Access: applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        put: operations["putWorkflowApplicationsByApplicationIdContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/consortia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 创新联合体 Consortia the caller reads, by name or member organisation
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own = 本人的 their own.
         */
        get: operations["getWorkflowConsortia"];
        put?: never;
        /**
         * 组建联合体 Create a consortium (an applicant; their organisation is the lead)
         * @description At least 2 organisations, each once; exactly one `lead`, which is the caller’s organisation (400 with the rule’s code). An account without an organisation: 403 `NO_ORGANISATION`.
         *
         *     权限 Access: applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        post: operations["postWorkflowConsortia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/consortia/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 联合体详情 One consortium with its members
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own = 本人的 their own.
         */
        get: operations["getWorkflowConsortiaById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/consortia/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 调整成员 Replace the members (an applicant of the lead organisation)
         * @description The same rules as at creation; the lead stays the lead (400 `LEAD_CHANGED`). Others: 403 `NOT_LEAD`. While an application in the consortium’s name is live: 409 `CONSORTIUM_IN_USE`.
         *
         *     权限 Access: applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        put: operations["putWorkflowConsortiaByIdMembers"];
        /**
         * 增加成员 Add a member organisation (an applicant of the lead organisation)
         * @description 权限 Access: applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        post: operations["postWorkflowConsortiaByIdMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/consortia/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 移除成员 Remove a member organisation (an applicant of the lead organisation; never below 2, never the lead)
         * @description 权限 Access: applicant (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        delete: operations["deleteWorkflowConsortiaByIdMembersByMemberId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 生命周期实例 Instances the caller reads, by machine, stage, domain, unit, district, applicant and scenario
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (own), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; own = 本人的 their own; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getWorkflowInstances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 实例详情 One lifecycle instance
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (own), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; own = 本人的 their own; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getWorkflowInstancesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/instances/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计 Verify an instance’s history (keyed links, anchors, authorisation, replay)
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (own), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; own = 本人的 their own; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getWorkflowInstancesByIdAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/instances/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发送事件 Send an event to an instance
         * @description The body names the event (`type`), an optional `reason` and `expectedVersion` (optimistic concurrency); the other fields are the event’s payload, validated against that event’s schema.
         *
         *     权限 Access: applicant (own), officer (own-unit), coordinator (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postWorkflowInstancesByIdEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/machines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 状态机 The lifecycle machines and their current versions
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getWorkflowMachines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/machines/{machineId}/statechart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 状态图 A machine’s statechart (JSON or Mermaid), an instance’s stage marked
         * @description 权限 Access: applicant (everything), officer (everything), coordinator (everything), evaluator (everything), leadership (everything), auditor (everything), admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getWorkflowMachinesByMachineIdStatechart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 发布记录 The releases applied, newest first
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getWorkflowReleases"];
        put?: never;
        /**
         * 发布 Apply a release: move every instance that can move, record each outcome
         * @description Each instance moves in its own transaction with a `migration` row in its history; one that cannot move is skipped and stays on its version. Applying the same release again moves nothing more.
         *
         *     权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postWorkflowReleases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/releases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 发布详情 One release with each instance’s outcome
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getWorkflowReleasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/releases/machines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 状态机版本 Machines, versions and the instances running on each
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        get: operations["getWorkflowReleasesMachines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/releases/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 试运行 Dry run: where each running instance would move, which cannot and why (changes nothing)
         * @description 权限 Access: admin (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything.
         */
        post: operations["postWorkflowReleasesPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/scenarios/{scenarioId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 场景生命周期 The lifecycle of a scenario
         * @description 权限 Access: coordinator (everything), leadership (everything), auditor (everything), admin (everything), officer (own-unit), applicant (own), evaluator (assigned); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: everything = 全部 everything; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; own = 本人的 their own; assigned = 分配给本人的评审及公开的 their assignments and what is public.
         */
        get: operations["getWorkflowScenariosByScenarioId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/scenarios/{scenarioId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发送事件 Send an event to a scenario’s lifecycle
         * @description The body names the event (`type`), an optional `reason` and `expectedVersion` (optimistic concurrency); the other fields are the event’s payload, validated against that event’s schema.
         *
         *     权限 Access: applicant (own), officer (own-unit), coordinator (everything); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own; own-unit = 本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public; everything = 全部 everything.
         */
        post: operations["postWorkflowScenariosByScenarioIdEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的流程待办 The scenarios and applications waiting on the caller
         * @description Lifecycles in which an event is the caller’s to send now (the events in `allowedEvents`), oldest waiting first; at most `limit` (default and most 200), `truncated` when more wait. Deadlines are named by id (`deadlineIds`): the gateway’s `GET /api/tasks` adds their due dates.
         *
         *     权限 Access: applicant (own), officer (own), coordinator (own), evaluator (own), leadership (own), auditor (own), admin (own); other roles 403 `FORBIDDEN_ROLE`, records outside the scope 403 `OUT_OF_SCOPE`. Scopes: own = 本人的 their own.
         */
        get: operations["getWorkflowTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountList: {
            items: components["schemas"]["User"][];
        };
        /** @description An attachment (申报材料) of an application */
        ApplicationAttachment: {
            /** Format: uuid */
            applicationId: string;
            /** @description The path that serves the file */
            download: string;
            /** @description The name it was uploaded with */
            fileName: string;
            /** Format: uuid */
            id: string;
            /**
             * @description From the file’s bytes, not its declared type
             * @enum {string}
             */
            mediaType: "application/pdf" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "image/png" | "image/jpeg" | "application/zip";
            sha256: string;
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: string;
        };
        /** @description The attachments of an application, with the limits uploads are held to */
        ApplicationAttachmentList: {
            items: components["schemas"]["ApplicationAttachment"][];
            limits: {
                /** @constant */
                maxBytes: 20971520;
                /** @constant */
                maxFiles: 20;
                types: string[];
            };
        };
        ApplicationAttachmentUpload: {
            /**
             * Format: binary
             * @description One file in the part named `file`: PDF, DOCX, XLSX, PNG, JPEG or ZIP by its bytes, at most 20 MiB; the part’s file name (UTF-8) is kept
             */
            file: string;
        };
        /** @description An application’s content (申报书) */
        ApplicationContentView: {
            /** Format: uuid */
            applicationId: string;
            /** @description 申报书 The proposal, contact and team; null until first saved */
            content: {
                contact: {
                    /** Format: email */
                    email: string;
                    name: string;
                    phone: string;
                };
                proposal: {
                    approach: {
                        en?: string;
                        zh: string;
                    };
                    summary: {
                        en?: string;
                        zh: string;
                    };
                    title: {
                        en?: string;
                        zh: string;
                    };
                };
                /**
                 * @default {
                 *       "members": [],
                 *       "capabilities": []
                 *     }
                 */
                team: {
                    /** @default [] */
                    capabilities: string[];
                    /** @default [] */
                    members: {
                        name: string;
                        organisation?: string;
                        role: string;
                    }[];
                };
                /** Format: date-time */
                updatedAt: string;
                updatedBy: string;
            } | null;
            /** @description Whether the caller may change the content now (its applicant, while a draft or returned for revision) */
            editable: boolean;
        };
        ArmedDeadline: {
            deadline: string;
            deadlineId: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: uuid */
            instanceId: string;
            overdue: boolean;
            workingDaysLeft: number;
        };
        ArmedDeadlineList: {
            items: components["schemas"]["ArmedDeadline"][];
        };
        /** @description An assessment as the caller may see it (blind: an evaluator sees only their own marks) */
        Assessment: {
            /** @description Organiser view: the lifecycle events the caller may send now */
            allowedEvents?: string[];
            /** @description Organiser view: the panel and its progress */
            assignments?: components["schemas"]["AssessmentAssignment"][];
            cancellationReason: string | null;
            /** @description When its scenario was withdrawn, rejected or terminated before it decided; it never decides then */
            cancelledAt: string | null;
            /** @description Organiser view: null until every evaluator has submitted */
            consensus?: components["schemas"]["AssessmentConsensusResult"] | null;
            domainCode: string | null;
            /** @description Organiser view */
            excluded?: components["schemas"]["AssessmentExcludedEvaluator"][];
            finalizedAt: string | null;
            /** @description Organiser view */
            history?: components["schemas"]["AssessmentHistoryEntry"][];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The lifecycle instance
             */
            instanceId: string;
            /** @description Evaluator view: the caller’s assignment */
            myAssignment?: components["schemas"]["AssessmentAssignment"];
            /** @description Evaluator view: the caller’s own marks (null before submitting) */
            mySheet?: components["schemas"]["AssessmentScoreSheet"] | null;
            organisingUnits: string[];
            outcome: components["schemas"]["AssessmentOutcome"] | null;
            progress: {
                /** @description Evaluators assigned or submitted */
                panel: number;
                submitted: number;
            };
            /** @enum {string} */
            purpose: "recognition" | "effectiveness" | "application-review";
            /** Format: date-time */
            requestedAt: string;
            requiredEvaluators: number;
            rubricRefs: components["schemas"]["RubricRef"][];
            rubrics: components["schemas"]["Rubric"][];
            scoringDeadlineId: string | null;
            /** @description The lifecycle stage, e.g. `scoring.onTime` */
            stage: string;
            subject: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "scenario" | "application";
            };
            supersededBy: string | null;
            version: number;
            waitingReason: string | null;
        };
        /** @description An evaluator’s place on an assessment’s panel */
        AssessmentAssignment: {
            /** Format: uuid */
            assessmentId: string;
            /** Format: date-time */
            assignedAt: string;
            endedAt: string | null;
            endReason: string | null;
            evaluatorId: string;
            /** @description Organiser view: the evaluator’s name as the pool has it (null for one no longer in it) */
            evaluatorName?: string | null;
            replacedBy: string | null;
            /**
             * @description `conflict`: taken off for a conflict of interest found after assignment; a sheet they submitted does not count
             * @enum {string}
             */
            status: "assigned" | "submitted" | "declined" | "recused" | "missed-deadline" | "withdrawn" | "conflict";
        };
        AssessmentAssignmentItem: {
            assessment: components["schemas"]["AssessmentToScore"];
            assignment: components["schemas"]["AssessmentAssignment"];
        };
        AssessmentAssignmentPage: {
            items: components["schemas"]["AssessmentAssignmentItem"][];
            /** @description 下一页游标（最后一页为 null） The `after` of the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description The score sheets (anonymised for an evaluator) and the consensus */
        AssessmentConsensus: {
            /** Format: uuid */
            assessmentId: string;
            /** @description Every evaluator has submitted */
            complete: boolean;
            consensus: components["schemas"]["AssessmentConsensusResult"] | null;
            disagreementThreshold: number;
            outcome: components["schemas"]["AssessmentOutcome"] | null;
            sheets: components["schemas"]["AssessmentConsensusSheet"][];
            stage: string;
        };
        /** @description The consensus computed from the score sheets */
        AssessmentConsensusResult: {
            /** @description The largest disagreement over the rubrics */
            disagreement: number;
            evaluators: number;
            evaluatorTotals: components["schemas"]["AssessmentEvaluatorTotal"][];
            passed: boolean;
            rubrics: components["schemas"]["AssessmentRubricOutcome"][];
        };
        AssessmentConsensusSheet: {
            /** @description The evaluator’s id for the organisers; `own` or `evaluator-A` … for an evaluator */
            evaluator: string;
            marks: components["schemas"]["AssessmentMark"][];
            own: boolean;
            /** Format: date-time */
            submittedAt: string;
        };
        AssessmentCriterionOutcome: {
            criterionId: string;
            /** @enum {string} */
            kind: "scored" | "pass-fail";
            label: components["schemas"]["EvaluationBilingual"];
            max: number | null;
            met: boolean;
            /** @enum {string} */
            method: "mean" | "trimmed-mean" | "majority";
            rubricId: string;
            threshold: number | null;
            /** @description Scored: the aggregated score; pass/fail: null */
            value: number | null;
            /** @description Pass/fail: how the evaluators voted */
            votes: {
                against: number;
                for: number;
            } | null;
            weight: number | null;
        };
        /** @description A conflict of interest found between an evaluator and the parties */
        AssessmentDetectedConflict: {
            detail: string;
            /** @enum {string} */
            kind: "self" | "same-organisation" | "parent-organisation" | "child-organisation" | "declared" | "recent-collaboration";
            party: string;
        };
        AssessmentEvaluatorTotal: {
            /** @description The evaluator’s id for the organisers; `own` or `evaluator-A`, `evaluator-B` … for an evaluator */
            evaluatorId: string;
            /** @description The total on the rubric’s range, 0–1 */
            normalised: number;
            rubricId: string;
            total: number;
        };
        /** @description An evaluator left out for a conflict of interest at the last assignment */
        AssessmentExcludedEvaluator: {
            conflicts: components["schemas"]["AssessmentDetectedConflict"][];
            evaluatorId: string;
        };
        /** @description A row of the assessment’s hash-chained lifecycle history */
        AssessmentHistoryEntry: {
            actor: {
                id: string;
                /** @description Absent on rows written before keyed links */
                organisation?: string | null;
                roles: string[];
                unit: string | null;
            };
            correlationId: string;
            /** @description The event and its payload (`start`: its input; `migrate`: the versions and snapshot) */
            event: {
                type: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The stage left (null for the start) */
            from: string | null;
            /** @description This row’s link: HMAC-SHA256 with the chain key over the previous link and the row’s facts */
            hash: string;
            /** Format: uuid */
            instanceId: string;
            /** @description The chain key the link was made with (null: a legacy row linked by plain SHA-256) */
            keyId: string | null;
            /** @enum {string} */
            kind: "start" | "transition" | "migration";
            machineId: string;
            machineVersion: number;
            /** Format: date-time */
            occurredAt: string;
            /** @description The link of the row before */
            previousHash: string;
            reason: string | null;
            sequence: number;
            /** @description What authorisation knew of the subject when the event was sent (null on rows written before keyed links) */
            subject: {
                [key: string]: unknown;
            } | null;
            to: string;
        };
        /** @description An assessment in the organisers’ list */
        AssessmentListItem: {
            cancellationReason: string | null;
            /** @description When its scenario was withdrawn, rejected or terminated before it decided; it never decides then */
            cancelledAt: string | null;
            domainCode: string | null;
            finalizedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The lifecycle instance
             */
            instanceId: string;
            organisingUnits: string[];
            /** @description Null until every evaluator has submitted */
            passed: boolean | null;
            /** @enum {string} */
            purpose: "recognition" | "effectiveness" | "application-review";
            /** Format: date-time */
            requestedAt: string;
            requiredEvaluators: number;
            rubricRefs: components["schemas"]["RubricRef"][];
            scoringDeadlineId: string | null;
            /** @description The lifecycle stage, e.g. `scoring.onTime` */
            stage: string;
            subject: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "scenario" | "application";
            };
            supersededBy: string | null;
            version: number;
            waitingReason: string | null;
        };
        AssessmentMark: {
            comment: string;
            criterionId: string;
            rubricId: string;
            /** @description A number on a scored criterion, true/false on a pass/fail one */
            value: number | boolean;
        };
        /** @description The decision, once finalized */
        AssessmentOutcome: {
            explanation: string | null;
            /** @description The panel’s views when a panel decided */
            panel: {
                majorityView: string;
                minorityView: string;
            } | null;
            passed: boolean | null;
        };
        AssessmentPage: {
            items: components["schemas"]["AssessmentListItem"][];
            /** @description 下一页游标（最后一页为 null） The `after` of the next page; null on the last page */
            nextCursor: string | null;
        };
        AssessmentRubricOutcome: {
            criteria: components["schemas"]["AssessmentCriterionOutcome"][];
            /** @description Spread of the evaluators’ totals on this rubric, 0–1 */
            disagreement: number;
            maxTotal: number;
            passed: boolean;
            rubricId: string;
            title: components["schemas"]["EvaluationBilingual"];
            total: number;
            totalMet: boolean;
            totalThreshold: number | null;
            version: number;
        };
        /** @description An evaluator’s sealed marks */
        AssessmentScoreSheet: {
            /** Format: uuid */
            assessmentId: string;
            evaluatorId: string;
            marks: components["schemas"]["AssessmentMark"][];
            /** Format: date-time */
            submittedAt: string;
        };
        /** @description An assessment with the rubrics to score it on */
        AssessmentToScore: {
            cancellationReason: string | null;
            /** @description When its scenario was withdrawn, rejected or terminated before it decided; it never decides then */
            cancelledAt: string | null;
            domainCode: string | null;
            finalizedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The lifecycle instance
             */
            instanceId: string;
            organisingUnits: string[];
            /** @enum {string} */
            purpose: "recognition" | "effectiveness" | "application-review";
            /** Format: date-time */
            requestedAt: string;
            requiredEvaluators: number;
            rubricRefs: components["schemas"]["RubricRef"][];
            rubrics: components["schemas"]["Rubric"][];
            scoringDeadlineId: string | null;
            /** @description The lifecycle stage, e.g. `scoring.onTime` */
            stage: string;
            subject: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "scenario" | "application";
            };
            supersededBy: string | null;
            version: number;
            waitingReason: string | null;
        };
        AuditEntryPage: {
            items: {
                /** @description null: anonymous, or a sign-in attempt that failed */
                actorId: string | null;
                actorName: string | null;
                /** @description the username; for a sign-in attempt, the one tried */
                actorUsername: string | null;
                /** @description the client’s address (through the proxies TRUST_PROXY names) */
                address: string | null;
                /** @description when the request arrived (ISO 8601) */
                at: string;
                correlationId: string | null;
                durationMs: number;
                /** @description the error code of a refusal (`FORBIDDEN`, `VALIDATION_FAILED`, …) */
                errorCode: string | null;
                /** @description increasing with the order of writing */
                id: string;
                /** @enum {string} */
                method: "POST" | "PUT" | "PATCH" | "DELETE";
                /** @description method and route as the API document names it: `POST /api/scenarios/{id}/transitions` */
                operation: string;
                organisation: string | null;
                /** @description without the query string */
                path: string;
                /** @description the answer’s `x-request-id` */
                requestId: string | null;
                roles: string[];
                /** @description HTTP status; null when the connection closed before an answer */
                status: number | null;
                /** @description what the request did in a few counts, as its route said (an import: `{ mode, rows, imported, refused }`); null for most */
                summary: {
                    [key: string]: number | string | boolean;
                } | null;
                /** @description the ids acted on: path parameters and a created id */
                targets: string[];
                unit: string | null;
                /** @description at most 200 characters */
                userAgent: string | null;
            }[];
            nextCursor: string | null;
        };
        /** @description A batch list with its items in list order */
        BatchList: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            issueDate: string;
            issuingUnit: string;
            itemCount: number;
            items: components["schemas"]["BatchListItem"][];
            /** @description 批次编号, e.g. 渝场景〔2026〕1号 */
            number: string;
            publishedAt: string | null;
            publishedBy: string | null;
            /** @description 1 for the original; a correction is revision 2, 3, … with the same number */
            revision: number;
            /** @description The published revision this one corrects; null for revision 1 */
            revisionOf: string | null;
            revisionReason: string | null;
            /** @enum {string} */
            snapshots: "captured" | "preview";
            /** @enum {string} */
            status: "draft" | "published" | "superseded";
            supersededAt: string | null;
            /** @description The revision that replaced this one */
            supersededBy: string | null;
            title: {
                en: string | null;
                zh: string;
            };
            /** Format: date-time */
            updatedAt: string;
            version: number;
            year: number;
        };
        /** @description What changed from the base list to the target list */
        BatchListDiff: {
            added: components["schemas"]["BatchListItem"][];
            base: {
                /** Format: uuid */
                id: string;
                number: string;
                revision: number;
                /** @enum {string} */
                status: "draft" | "published" | "superseded";
            };
            changed: {
                changes: components["schemas"]["BatchListFieldChange"][];
                position: {
                    after: number;
                    before: number;
                };
                /** Format: uuid */
                scenarioId: string;
            }[];
            /** @description Changes to the number, title, issuing unit, issue date or year */
            header: components["schemas"]["BatchListFieldChange"][];
            removed: components["schemas"]["BatchListItem"][];
            snapshots: {
                /** @enum {string} */
                base: "captured" | "preview";
                /** @enum {string} */
                target: "captured" | "preview";
            };
            summary: {
                added: number;
                changed: number;
                removed: number;
                unchanged: number;
            };
            target: {
                /** Format: uuid */
                id: string;
                number: string;
                revision: number;
                /** @enum {string} */
                status: "draft" | "published" | "superseded";
            };
        };
        BatchListFieldChange: {
            after: string | number | boolean | null;
            before: string | number | boolean | null;
            /** @description Dotted path, e.g. `title.zh`, `snapshot.ownerUnit`, `note` */
            field: string;
        };
        BatchListItem: {
            /** @description A free classification within the list, e.g. 综合性重大场景 or 场景机会 */
            category: string | null;
            note: string | null;
            /** @description 序号 in the list (1-based) */
            position: number;
            /** Format: uuid */
            scenarioId: string;
            /** @description Captured on publication; a preview in a draft; null when a draft’s scenario no longer exists */
            snapshot: components["schemas"]["BatchListSnapshot"] | null;
        };
        BatchListPage: {
            items: components["schemas"]["BatchListSummary"][];
            /** @description Pass back as `after` for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @description The scenario as it was when the list was published (or, in a draft, as it is now) */
        BatchListSnapshot: {
            aspectCode: string;
            district: string | null;
            domainCode: string;
            /** @description The domain's name in the scenario's taxonomy version; null if the version does not know the code */
            domainName: {
                en: string;
                zh: string;
            } | null;
            /** @enum {string} */
            ownerType: "municipal-department" | "district" | "municipal-soe" | "enterprise" | "university-institute";
            ownerUnit: string;
            /** @description The lifecycle stage as the registry had it; null before the workflow reported one */
            stage: string | null;
            taxonomyVersion: string;
            /** @enum {string} */
            tier: "comprehensive-major" | "industry-integrated" | "high-value-niche";
            title: {
                en: string | null;
                zh: string;
            };
        };
        /** @description A batch list without its items */
        BatchListSummary: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            issueDate: string;
            issuingUnit: string;
            itemCount: number;
            /** @description 批次编号, e.g. 渝场景〔2026〕1号 */
            number: string;
            publishedAt: string | null;
            publishedBy: string | null;
            /** @description 1 for the original; a correction is revision 2, 3, … with the same number */
            revision: number;
            /** @description The published revision this one corrects; null for revision 1 */
            revisionOf: string | null;
            revisionReason: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "superseded";
            supersededAt: string | null;
            /** @description The revision that replaced this one */
            supersededBy: string | null;
            title: {
                en: string | null;
                zh: string;
            };
            /** Format: date-time */
            updatedAt: string;
            version: number;
            year: number;
        };
        /** @description 收益分享协议（某一版本） A version of a scenario’s benefit-sharing agreement */
        BenefitSharingAgreement: {
            amendmentReason: string | null;
            basis: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** @description Only the latest version is current */
            current: boolean;
            /** Format: date */
            effectiveFrom: string;
            effectiveTo: string | null;
            /** Format: uuid */
            id: string;
            ownerUnit: string;
            parties: {
                name: string;
                /** @enum {string} */
                role: "scenario-owner" | "supplier" | "operator" | "investor" | "research-partner" | "other";
                /** @description 基点 basis points, an integer: 10000 = 100% */
                shareBasisPoints: number;
            }[];
            /** @description The passed 成效评估 of the pilot */
            pilotAssessment: components["schemas"]["ScenarioAssessmentOutcome"] | null;
            /** Format: uuid */
            pilotAssessmentId: string;
            /** Format: uuid */
            scenarioId: string;
            /** @description The passed 认定评估 whose rubrics include 场景价值评估 */
            valueAssessment: components["schemas"]["ScenarioAssessmentOutcome"] | null;
            /** Format: uuid */
            valueAssessmentId: string;
            version: number;
        };
        BenefitSharingOverview: {
            basis: {
                pilot: components["schemas"]["ScenarioAssessmentOutcome"] | null;
                /** @description Why an agreement cannot be made yet; empty: it can */
                refusals: {
                    /** @enum {string} */
                    code: "NO_SUCCESSFUL_PILOT" | "NO_VALUE_ASSESSMENT";
                    en: string;
                    zh: string;
                }[];
                stage: string | null;
                value: components["schemas"]["ScenarioAssessmentOutcome"] | null;
            };
            current: components["schemas"]["BenefitSharingAgreement"] | null;
            /** @description Newest first */
            versions: components["schemas"]["BenefitSharingAgreement"][];
        };
        /** @description Whether a date was counted on official holiday data */
        CalendarFlag: {
            /** @description true when every year counted has an official State Council holiday notice */
            official: boolean;
            /** @description years counted Monday–Friday because their notice is not loaded yet */
            unofficialYears: number[];
        };
        /** @description A year’s statutory holidays and make-up working days */
        CalendarYear: {
            /** @description days off, first to last inclusive */
            holidays: {
                code: string;
                days: number;
                /** @description YYYY-MM-DD, Asia/Shanghai */
                first: string;
                /** @description YYYY-MM-DD, Asia/Shanghai */
                last: string;
                name: {
                    en: string;
                    zh: string;
                };
            }[];
            /** @description weekend days that are worked (调休上班) */
            makeUpWorkdays: {
                /** @description YYYY-MM-DD, Asia/Shanghai */
                date: string;
                forPeriod: string;
            }[];
            notice: {
                documentNumber: string;
                issuedOn: string | null;
                officialUrl: string | null;
                title: string;
            } | null;
            /** @description false: no notice loaded; every Monday–Friday counts as a working day */
            official: boolean;
            /** @description registered: verified data in code; loaded: a notice file (CALENDAR_DIR) or PUT /api/calendar/:year; null: no notice */
            source: ("registered" | "loaded") | null;
            year: number;
        };
        CalibrationEvaluator: {
            assessments: number;
            evaluatorId: string;
            flag: ("severe" | "lenient") | null;
            /** @description Below 0 severe, above 0 lenient */
            meanDeviation: number;
            name: string | null;
            outlier: boolean;
            spread: number;
            z: number | null;
        };
        CalibrationPolicy: {
            biasThreshold: number;
            minAssessments: number;
            outlierZ: number;
        };
        /** @description Severity and leniency of each evaluator against their peers */
        CalibrationReport: {
            /** @description Assessments with at least two evaluators counted */
            assessments: number;
            evaluators: components["schemas"]["CalibrationEvaluator"][];
            policy: components["schemas"]["CalibrationPolicy"];
            purpose: ("recognition" | "effectiveness" | "application-review") | null;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        /** @description 场景创新联合体 A scenario innovation consortium */
        Consortium: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            /** @description 牵头单位 The lead organisation: its applicant accounts manage the consortium and apply in its name */
            leadOrganisation: string;
            /** @description Whether the caller may change the members (an applicant of the lead organisation) */
            manageable: boolean;
            /** @description Every organisation, the lead among them, in the order given */
            members: components["schemas"]["ConsortiumMember"][];
            name: {
                en?: string;
                zh: string;
            };
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @description An organisation of a consortium with its role */
        ConsortiumMember: {
            /** @description 分工与贡献 What the organisation contributes */
            contribution: string;
            /** Format: uuid */
            id: string;
            /**
             * @description 单位类型 university, research-institute, enterprise, …
             * @enum {string}
             */
            kind: "enterprise" | "state-owned-enterprise" | "university" | "research-institute" | "government" | "social-organisation" | "other";
            /** @description 单位名称 The organisation */
            organisation: string;
            /**
             * @description lead 牵头单位 or member 成员单位
             * @enum {string}
             */
            role: "lead" | "member";
        };
        /** @description A page of consortia, newest first, with `nextCursor` */
        ConsortiumPage: {
            items: components["schemas"]["Consortium"][];
            nextCursor: string | null;
        };
        CreateOrganisationRequest: {
            /** @default [] */
            aliases?: string[];
            /** @enum {string} */
            kind: "enterprise" | "state-owned-enterprise" | "university" | "research-institute" | "government" | "social-organisation" | "other";
            name: string;
            /** @default  */
            nameEn?: string;
            /** @description 统一社会信用代码, checked by its check character (GB 32100-2015) */
            uscc?: string | null;
        };
        CreateUserRequest: {
            displayName: {
                /** @default  */
                en?: string;
                zh: string;
            };
            /**
             * @description a district officer’s district (GET /api/directory/districts)
             * @default null
             */
            district?: string | null;
            /**
             * @description GET /api/admin/organisations
             * @default null
             */
            organisationId?: string | null;
            roles: ("applicant" | "officer" | "coordinator" | "evaluator" | "leadership" | "auditor" | "admin")[];
            /**
             * @description responsible unit: its name, alias or full name (GET /api/taxonomy/{version}/units); stored as the taxonomy writes it
             * @default null
             */
            unit?: string | null;
            username: string;
        };
        DeadLetterAction: {
            /** @enum {string} */
            action: "replay" | "discard";
            actorId: string;
            actorName: string | null;
            /** Format: date-time */
            at: string;
            reason: string | null;
        };
        /** @description One dead letter with its original bytes, headers and the actions taken on it */
        DeadLetterDetail: {
            actions: components["schemas"]["DeadLetterAction"][];
            /** @description handler attempts at the last failure */
            attempts: number;
            /** @description the consumer (its Kafka group id) */
            consumer: string;
            discardedAt: string | null;
            discardedBy: string | null;
            discardReason: string | null;
            /** @description the original event type; null for bytes that could not be read */
            eventType: string | null;
            /** @description the event type in words */
            eventTypeName: {
                en: string;
                zh: string;
            };
            /** @description how many times this message died for this consumer (more than 1 after a failed replay) */
            failures: number;
            /** Format: date-time */
            firstFailedAt: string;
            /** @description the Kafka headers of the original message */
            headers: {
                [key: string]: string;
            };
            /** Format: uuid */
            id: string;
            /** @description the Kafka key of the original message */
            key: string | null;
            /** Format: date-time */
            lastFailedAt: string;
            /** @description the original event id (or a digest of unreadable bytes) */
            messageId: string;
            offset: string | null;
            partition: number | null;
            reason: string;
            replayedAt: string | null;
            replayedBy: string | null;
            replays: number;
            /** @description the service whose consumer gave up (`application-workflow`) */
            service: string;
            /** @description the service in words */
            serviceName: {
                en: string;
                zh: string;
            };
            /** @enum {string} */
            status: "dead" | "replayed" | "discarded";
            topic: string;
            /** @description the topic in words */
            topicName: {
                en: string;
                zh: string;
            };
            /** @description the W3C trace id of the original message, when it carried one */
            traceId: string | null;
            /** @description the original bytes, base64 */
            valueBase64: string;
            /** @description the original bytes as text, when they are UTF-8 */
            valueText: string | null;
        };
        /** @description A page of dead letters, the latest failure first */
        DeadLetterPage: {
            items: components["schemas"]["DeadLetterSummary"][];
            limit: number;
            offset: number;
            total: number;
        };
        /** @description Which dead letters were replayed and which were not */
        DeadLetterReplayResult: {
            /** @description not replayed: unknown, or already replayed or discarded */
            refused: {
                /** Format: uuid */
                id: string;
                /** @description null: no such dead letter */
                status: ("dead" | "replayed" | "discarded") | null;
            }[];
            /** @description published to their topics again (through the outbox) */
            replayed: string[];
        };
        /** @description A message a consumer gave up on, and what admins did with it */
        DeadLetterSummary: {
            /** @description handler attempts at the last failure */
            attempts: number;
            /** @description the consumer (its Kafka group id) */
            consumer: string;
            discardedAt: string | null;
            discardedBy: string | null;
            discardReason: string | null;
            /** @description the original event type; null for bytes that could not be read */
            eventType: string | null;
            /** @description the event type in words */
            eventTypeName: {
                en: string;
                zh: string;
            };
            /** @description how many times this message died for this consumer (more than 1 after a failed replay) */
            failures: number;
            /** Format: date-time */
            firstFailedAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastFailedAt: string;
            /** @description the original event id (or a digest of unreadable bytes) */
            messageId: string;
            reason: string;
            replayedAt: string | null;
            replayedBy: string | null;
            replays: number;
            /** @description the service whose consumer gave up (`application-workflow`) */
            service: string;
            /** @description the service in words */
            serviceName: {
                en: string;
                zh: string;
            };
            /** @enum {string} */
            status: "dead" | "replayed" | "discarded";
            topic: string;
            /** @description the topic in words */
            topicName: {
                en: string;
                zh: string;
            };
        };
        /** @description A deadline with its reminders. One cancelled before it was requested is a tombstone: empty machineId, subjectId, stage and dueOn, requestedAt and dueAt at 1970-01-01 */
        Deadline: {
            /** @description an assessment’s deadline: the scenario or application assessed, and why */
            about: {
                purpose: string;
                subject: {
                    id: string;
                    /** @enum {string} */
                    kind: "scenario" | "application";
                };
            } | null;
            /** @description `official: false` when the deadline or a reminder was counted in a year without an official holiday notice (Monday–Friday) */
            calendar: components["schemas"]["CalendarFlag"];
            cancelledAt: string | null;
            deadline: string;
            deadlineId: string;
            /** @description after working days from `requestedAt`, or on a date */
            due: {
                workingDays: number;
            } | {
                /** @description YYYY-MM-DD */
                dueOn: string;
            };
            /** Format: date-time */
            dueAt: string;
            /** Format: uuid */
            instanceId: string;
            machineId: string;
            reachedAt: string | null;
            /** @description in the order they run */
            reminders: components["schemas"]["DeadlineReminder"][];
            /** Format: date-time */
            requestedAt: string;
            responsibleUnits: string[];
            stage: string;
            stageLabel: components["schemas"]["NotificationLocalizedText"] | null;
            /** @enum {string} */
            status: "active" | "cancelled";
            subjectId: string;
        };
        /** @description The deadlines of a lifecycle instance, in the order they were requested */
        DeadlineList: {
            items: components["schemas"]["Deadline"][];
        };
        /** @description A planned reminder, escalation or the job at the deadline */
        DeadlineReminder: {
            audience: ("responsible-units" | "coordinator" | "leadership" | "applicant")[];
            critical: boolean;
            deadlineId: string;
            firedAt: string | null;
            /** @description the scheduler’s job id */
            jobId: string;
            key: string;
            /** @enum {string} */
            kind: "before" | "due" | "escalation";
            /** @description the escalation level */
            level: number | null;
            /** @description why it was skipped or cancelled, or how many recipients it reached */
            note: string | null;
            /** Format: date-time */
            runAt: string;
            /** @enum {string} */
            status: "pending" | "fired" | "skipped" | "cancelled";
            /** @description working days before (before) or after (escalation) the deadline; 0 at it */
            workingDays: number;
        };
        /** @description A message to one channel of one recipient, with its states and attempts */
        Delivery: {
            /** @description email address or webhook URL; null in-app */
            address: string | null;
            attempts: number;
            /** @enum {string} */
            channel: "in-app" | "email" | "webhook";
            /** Format: date-time */
            createdAt: string;
            critical: boolean;
            deadlineId: string | null;
            digestId: string | null;
            events: components["schemas"]["DeliveryEvent"][];
            /** Format: uuid */
            id: string;
            inboxItemId: string | null;
            instanceId: string | null;
            /** @enum {string} */
            kind: "before" | "due" | "escalation" | "digest" | "sandbox-breach" | "evaluator-removed" | "application-stage" | "dead-letter" | "employment-risk";
            lastError: string | null;
            nextAttemptAt: string | null;
            recipient: components["schemas"]["NotificationRecipient"];
            /** @enum {string} */
            status: "queued" | "sent" | "delivered" | "temporary-failure" | "permanent-failure";
            subjectId: string | null;
            /** @description the subject as sent, in the recipient’s language */
            subjectLine: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description One state of a delivery, in the order they happened */
        DeliveryEvent: {
            /** Format: date-time */
            at: string;
            /** @description 0 when queued */
            attempt: number;
            detail: string | null;
            /** @enum {string} */
            status: "queued" | "sent" | "delivered" | "temporary-failure" | "permanent-failure";
        };
        /** @description A page of the delivery log */
        DeliveryPage: {
            /** @description newest first */
            items: components["schemas"]["Delivery"][];
            /** @description `after` for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @description 需求清单 An owner unit's published list of its opportunities */
        DemandList: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description The owner's number, e.g. 2026年第3期 */
            number: string;
            /** @description In list order */
            opportunityIds: string[];
            ownerUnit: string;
            publishedBy: string;
            /** Format: date */
            publishedOn: string;
            publishedYear: number;
            title: {
                en?: string;
                zh: string;
            };
        };
        /** @description One demand list with its opportunities */
        DemandListDetail: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description The owner's number, e.g. 2026年第3期 */
            number: string;
            /** @description In list order */
            opportunities: components["schemas"]["DemandListOpportunity"][];
            /** @description In list order */
            opportunityIds: string[];
            ownerUnit: string;
            publishedBy: string;
            /** Format: date */
            publishedOn: string;
            publishedYear: number;
            title: {
                en?: string;
                zh: string;
            };
        };
        /** @description An opportunity of a demand list, with what a supplier needs to see */
        DemandListOpportunity: {
            capabilities: string[];
            /** Format: uuid */
            id: string;
            publishedOn: string | null;
            /** Format: date */
            respondBy: string;
            /** Format: uuid */
            scenarioId: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            title: {
                en?: string;
                zh: string;
            };
        };
        DemandListPage: {
            items: components["schemas"]["DemandList"][];
            /** @description Pass back as `after` for the next page; null on the last */
            nextCursor: string | null;
        };
        DirectoryUser: {
            displayName: {
                en: string;
                zh: string;
            };
            district: string | null;
            id: string;
            organisation: {
                id: string;
                name: string;
            } | null;
            /** @description true until the person changes a password someone else set */
            passwordMustChange: boolean;
            roles: ("applicant" | "officer" | "coordinator" | "evaluator" | "leadership" | "auditor" | "admin")[];
            /** @enum {string} */
            status: "active" | "disabled";
            unit: string | null;
            username: string;
        };
        DistrictDirectory: {
            districts: {
                aliases: string[];
                code: string;
                enName: string;
                /** @enum {string} */
                kind: "district" | "county" | "autonomous-county" | "functional-area" | "sichuan-city";
                /** @enum {string} */
                region: "chongqing" | "sichuan";
                zhName: string;
            }[];
            title: string;
            version: string;
        };
        /** @description 疑似重复 A near-duplicate (or a scenario a decision was taken on) with the latest decision */
        DuplicateCandidate: {
            /** @description The latest decision on the pair; null when none was taken */
            decision: components["schemas"]["DuplicateCandidateDecision"] | null;
            district: string | null;
            domainCode: string;
            sameDistrict: boolean;
            sameDomain: boolean;
            /** Format: uuid */
            scenarioId: string;
            /** @description 0…1: how alike the two scenarios are */
            score: number;
            title: components["schemas"]["ScenarioTitle"];
        };
        /** @description 重复判定 The latest decision on the pair: the same scenario (link) or not (dismiss) */
        DuplicateCandidateDecision: {
            /** Format: date-time */
            decidedAt: string;
            /** @description The id of the user who decided */
            decidedBy: string | null;
            /** @description The roles they decided with */
            decidedRoles: string[];
            /** @enum {string} */
            decision: "link" | "dismiss";
            note: string | null;
            /** @description The similarity when the decision was taken */
            score: number | null;
        };
        /** @description 疑似重复 A page of near-duplicates with the decisions taken */
        DuplicateCandidates: {
            candidates: components["schemas"]["DuplicateCandidate"][];
            /** @description Pass back as `after` for the next page; null on the last page */
            nextCursor: string | null;
            /** Format: uuid */
            scenarioId: string;
            /** @description The similarity from which a scenario is a near-duplicate */
            threshold: number;
        };
        /** @description 重复判定 The coordinator’s word on a pair of scenarios: the same (link) or not (dismiss) */
        DuplicateDecision: {
            /** Format: date-time */
            decidedAt: string;
            /** @description The id of the user who decided */
            decidedBy: string | null;
            /** @description The roles they decided with */
            decidedRoles: string[];
            /** @enum {string} */
            decision: "link" | "dismiss";
            note: string | null;
            /** Format: uuid */
            otherId: string;
            /** Format: uuid */
            scenarioId: string;
            /** @description The similarity when the decision was taken */
            score: number | null;
        };
        /** @description 就业指标 A scenario’s jobs created and displaced in a period, by group, with the thresholds it breaches */
        EmploymentReport: {
            breaches: components["schemas"]["EmploymentRiskBreach"][];
            groups: {
                /** @enum {string} */
                group: "migrant-workers" | "college-graduates" | "hard-to-employ" | "veterans" | "other";
                jobsCreated: number;
                jobsDisplaced: number;
                workforce?: number;
            }[];
            jobsCreated: number;
            jobsDisplaced: number;
            note: {
                en?: string;
                zh?: string;
            } | null;
            ownerUnit: string;
            /** @description YYYY-MM or YYYY-Qn */
            period: string;
            /** @enum {string} */
            periodKind: "month" | "quarter";
            /** Format: date-time */
            reportedAt: string;
            reportedBy: string;
            revision: number;
            /** Format: uuid */
            scenarioId: string;
        };
        EmploymentReportList: {
            items: components["schemas"]["EmploymentReport"][];
        };
        EmploymentRiskBreach: {
            group: ("migrant-workers" | "college-graduates" | "hard-to-employ" | "veterans" | "other") | null;
            /** @enum {string} */
            measure: "people" | "basis-points";
            name: {
                en: string;
                zh: string;
            };
            /** @enum {string} */
            rule: "net-displaced" | "group-net-displaced" | "group-displaced-share";
            /** @description the value must not be above it */
            threshold: number;
            /** @description people, or basis points (1 % = 100) */
            value: number;
        };
        /** @description 就业风险看板 Scenarios by employment risk, breaches first */
        EmploymentRiskDashboard: {
            counts: {
                breach: number;
                ok: number;
                watch: number;
            };
            items: {
                breaches: components["schemas"]["EmploymentRiskBreach"][];
                district: string | null;
                domainCode: string;
                jobsCreated: number;
                jobsDisplaced: number;
                /**
                 * @description breach: a threshold is breached; watch: more jobs displaced than created; ok
                 * @enum {string}
                 */
                level: "breach" | "watch" | "ok";
                netDisplaced: number;
                ownerUnit: string;
                period: string;
                /** Format: date-time */
                reportedAt: string;
                /** Format: uuid */
                scenarioId: string;
                scenarioTitle: {
                    en: string | null;
                    zh: string;
                };
            }[];
            /** @description The period asked for; null: each scenario’s latest report */
            period: string | null;
        };
        /** @description 就业风险阈值 The groups, rules and thresholds (data) */
        EmploymentRiskThresholds: {
            alertUnits: string[];
            groups: {
                /** @enum {string} */
                group: "migrant-workers" | "college-graduates" | "hard-to-employ" | "veterans" | "other";
                name: {
                    en: string;
                    zh: string;
                };
            }[];
            rules: {
                name: {
                    en: string;
                    zh: string;
                };
                /** @enum {string} */
                rule: "net-displaced" | "group-net-displaced" | "group-displaced-share";
            }[];
            thresholds: {
                groupDisplacedShareBp: {
                    [key: string]: number;
                };
                groupNetDisplaced: {
                    [key: string]: {
                        month: number;
                        quarter: number;
                    };
                };
                netDisplaced: {
                    month: number;
                    quarter: number;
                };
            };
        };
        /** @description The one error format of every service */
        Error: {
            error: {
                code: string;
                fields?: {
                    message: string;
                    path: string;
                }[];
                /** @description bilingual: 中文 English */
                message: string;
                status: number;
            };
            requestId?: string;
        };
        /** @description A text in Chinese and English */
        EvaluationBilingual: {
            en: string;
            zh: string;
        };
        /** @description An organisation of the evaluator pool */
        EvaluationOrganisation: {
            /** @description User ids that act for the organisation */
            accounts: string[];
            id: string;
            name: string;
            parentId: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        EvaluationOrganisationPage: {
            items: components["schemas"]["EvaluationOrganisation"][];
            /** @description 下一页游标（最后一页为 null） The `after` of the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description An evaluator of the pool */
        Evaluator: {
            /** @description False once retired */
            active: boolean;
            available: boolean;
            capacity: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Domain codes */
            expertise: string[];
            /** @description The evaluator’s user id */
            id: string;
            name: string;
            organisationId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A declared conflict of interest */
        EvaluatorConflict: {
            /** Format: date-time */
            declaredAt: string;
            declaredBy: string;
            /** @description Collaboration only: when it ended (null: ongoing) */
            endedOn: string | null;
            evaluatorId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "declared" | "collaboration";
            party: string;
            reason: string;
        };
        EvaluatorConflictPage: {
            items: components["schemas"]["EvaluatorConflict"][];
            /** @description 下一页游标（最后一页为 null） The `after` of the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description An evaluator with their open assignments and declared conflicts */
        EvaluatorDetail: {
            /** @description False once retired */
            active: boolean;
            available: boolean;
            capacity: number;
            conflicts: components["schemas"]["EvaluatorConflict"][];
            /** Format: date-time */
            createdAt: string;
            /** @description Domain codes */
            expertise: string[];
            /** @description The evaluator’s user id */
            id: string;
            /** @description Open assignments now */
            load: number;
            name: string;
            organisationId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EvaluatorPage: {
            items: components["schemas"]["EvaluatorWithLoad"][];
            /** @description 下一页游标（最后一页为 null） The `after` of the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description An evaluator and their open assignments */
        EvaluatorWithLoad: {
            /** @description False once retired */
            active: boolean;
            available: boolean;
            capacity: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Domain codes */
            expertise: string[];
            /** @description The evaluator’s user id */
            id: string;
            /** @description Open assignments now */
            load: number;
            name: string;
            organisationId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description 要素类型及责任单位 The factor kinds and the unit responsible for each */
        FactorKindList: {
            items: {
                answerWorkingDays: number;
                /** @enum {string} */
                kind: "land" | "data" | "talent" | "technology" | "spectrum" | "airspace" | "energy" | "environment";
                name: {
                    en: string;
                    zh: string;
                };
                /** @description The unit that answers for this factor */
                unit: string;
            }[];
        };
        /** @description 要素保障需求 A factor support request of a scenario and its answer */
        FactorRequest: {
            answer: {
                en?: string;
                zh?: string;
            } | null;
            answeredAt: string | null;
            answeredBy: string | null;
            /** @description The deadline in the notification service (`GET /api/notifications/deadlines/{deadlineId}`) */
            deadlineId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "land" | "data" | "talent" | "technology" | "spectrum" | "airspace" | "energy" | "environment";
            need: {
                en?: string;
                zh?: string;
            };
            outcome: ("granted" | "partially-granted" | "declined") | null;
            /** @description The scenario’s owner unit, which asked */
            ownerUnit: string;
            quantity: string | null;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            /** @description The unit the request was routed to, from the factor’s data (GET /api/factor-kinds) */
            responsibleUnit: string;
            /** Format: uuid */
            scenarioId: string;
            scenarioTitle: {
                en: string | null;
                zh: string;
            };
            /** @enum {string} */
            status: "awaiting-answer" | "answered";
            /** @description The answer is due this many working days after the request (the notification service counts them and reminds) */
            workingDays: number;
        };
        FactorRequestList: {
            items: components["schemas"]["FactorRequest"][];
        };
        /** @description 融资汇总 Financing totals by kind, domain and district: records, and amounts applied, approved and disbursed, in fen */
        FinancingTotals: {
            /** @description key: the scenario's district ('' for none) */
            byDistrict: {
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                appliedFen: string;
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                approvedFen: string;
                count: number;
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                disbursedFen: string;
                key: string;
            }[];
            /** @description key: the scenario's domain code */
            byDomain: {
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                appliedFen: string;
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                approvedFen: string;
                count: number;
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                disbursedFen: string;
                key: string;
            }[];
            /** @description key: the kind */
            byKind: {
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                appliedFen: string;
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                approvedFen: string;
                count: number;
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                disbursedFen: string;
                key: string;
            }[];
            overall: {
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                appliedFen: string;
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                approvedFen: string;
                count: number;
                /** @description 分 fen, as a decimal string of an integer (a sum may pass 2^53) */
                disbursedFen: string;
            };
        };
        GetOpportunitiesByIdSuppliersResponse200: {
            /** @description 场景创新联合体，单独排序（至多 50） consortia, ranked apart from the single suppliers (at most 50); one with a 失信-restricted member is left out */
            consortia: {
                consortium: {
                    /** Format: uuid */
                    id: string;
                    /** @description 牵头单位 the lead organisation */
                    leadOrganisation: string;
                    members: {
                        contribution: string;
                        /** @description 单位类型 the directory’s organisation kind */
                        kind: string;
                        organisation: string;
                        /** @enum {string} */
                        role: "lead" | "member";
                        /** @description 该成员的供应商档案；null = 无档案，不参与评分 its supplier profile; null: none, it offers nothing */
                        supplierId: string | null;
                    }[];
                    name: {
                        en?: string;
                        zh: string;
                    };
                };
                /** @constant */
                kind: "consortium";
                reasons: ({
                    coverage: number;
                    /** @constant */
                    kind: "capability";
                    /** @description 给出该理由的成员单位 the members whose offer gave this reason */
                    members: string[];
                    need: string;
                    offer: string;
                    /** @enum {string} */
                    offerKind: "capability" | "tag" | "product" | "profile";
                    points: number;
                    shared: string[];
                } | {
                    /** @constant */
                    kind: "text";
                    /** @description 给出该理由的成员单位 the members whose offer gave this reason */
                    members: string[];
                    points: number;
                    shared: string[];
                } | {
                    domainCode: string;
                    /** @constant */
                    kind: "domain";
                    /** @description 给出该理由的成员单位 the members whose offer gave this reason */
                    members: string[];
                    points: number;
                } | {
                    district: string;
                    /** @constant */
                    kind: "district";
                    /** @description 给出该理由的成员单位 the members whose offer gave this reason */
                    members: string[];
                    points: number;
                } | {
                    agreements: number;
                    inDomain: number;
                    /** @constant */
                    kind: "track-record";
                    /** @description 给出该理由的成员单位 the members whose offer gave this reason */
                    members: string[];
                    points: number;
                } | {
                    /** @constant */
                    kind: "first-set";
                    /** @enum {string} */
                    level: "national" | "municipal";
                    /** @description 给出该理由的成员单位 the members whose offer gave this reason */
                    members: string[];
                    need: string;
                    points: number;
                    product: string;
                    year: number;
                })[];
                score: number;
            }[];
            items: {
                reasons: ({
                    coverage: number;
                    /** @constant */
                    kind: "capability";
                    need: string;
                    offer: string;
                    /** @enum {string} */
                    offerKind: "capability" | "tag" | "product" | "profile";
                    points: number;
                    shared: string[];
                } | {
                    /** @constant */
                    kind: "text";
                    points: number;
                    shared: string[];
                } | {
                    domainCode: string;
                    /** @constant */
                    kind: "domain";
                    points: number;
                } | {
                    district: string;
                    /** @constant */
                    kind: "district";
                    points: number;
                } | {
                    agreements: number;
                    inDomain: number;
                    /** @constant */
                    kind: "track-record";
                    points: number;
                } | {
                    /** @constant */
                    kind: "first-set";
                    /** @enum {string} */
                    level: "national" | "municipal";
                    need: string;
                    points: number;
                    product: string;
                    year: number;
                })[];
                score: number;
                supplier: {
                    /** Format: uuid */
                    id: string;
                    organisation: string;
                };
            }[];
            opportunity: {
                district: string | null;
                domainCode: string | null;
                /** Format: uuid */
                id: string;
                title: {
                    en?: string;
                    zh: string;
                };
            };
        };
        GetSuppliersByIdOpportunitiesResponse200: {
            items: {
                opportunity: {
                    district: string | null;
                    domainCode: string | null;
                    /** Format: uuid */
                    id: string;
                    /** Format: date */
                    respondBy: string;
                    /** Format: uuid */
                    scenarioId: string;
                    title: {
                        en?: string;
                        zh: string;
                    };
                };
                reasons: ({
                    coverage: number;
                    /** @constant */
                    kind: "capability";
                    need: string;
                    offer: string;
                    /** @enum {string} */
                    offerKind: "capability" | "tag" | "product" | "profile";
                    points: number;
                    shared: string[];
                } | {
                    /** @constant */
                    kind: "text";
                    points: number;
                    shared: string[];
                } | {
                    domainCode: string;
                    /** @constant */
                    kind: "domain";
                    points: number;
                } | {
                    district: string;
                    /** @constant */
                    kind: "district";
                    points: number;
                } | {
                    agreements: number;
                    inDomain: number;
                    /** @constant */
                    kind: "track-record";
                    points: number;
                } | {
                    /** @constant */
                    kind: "first-set";
                    /** @enum {string} */
                    level: "national" | "municipal";
                    need: string;
                    points: number;
                    product: string;
                    year: number;
                })[];
                score: number;
            }[];
            supplier: {
                /** @enum {string} */
                creditStatus: "normal" | "restricted";
                /** Format: uuid */
                id: string;
                organisation: string;
            };
        };
        /** @description 供应商档案 A supplier profile */
        GetSuppliersMineResponse200: {
            capabilities: string;
            /** @description 信用状态：restricted = 失信 (may not apply) */
            credit: {
                reason: string | null;
                setBy: string | null;
                since: string | null;
                /** @enum {string} */
                status: "normal" | "restricted";
            };
            /** @description 服务区县；全市 = every district */
            districts: string[];
            /** @description 领域代码 taxonomy domain codes */
            domains: string[];
            /** @description 首台(套) recognitions */
            firstSetRecognitions: {
                /** @enum {string} */
                level: "national" | "municipal";
                product: string;
                year: number;
            }[];
            /** Format: uuid */
            id: string;
            /** @description 组织名称（目录） the directory’s organisation name */
            organisation: string;
            products: {
                description?: string;
                name: string;
            }[];
            tags: string[];
            /** @description 业绩：供需对接活动登记的协议与签约 agreements and contracts recorded by matchmaking events */
            trackRecord: {
                agreements: number;
                byDomain: {
                    [key: string]: number;
                };
            };
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
        };
        GetSuppliersResponse200: {
            items: components["schemas"]["GetSuppliersMineResponse200"][];
        };
        /** @description A year’s holiday notice as data: dates inside the year, periods in order without overlaps, make-up days on Saturday or Sunday outside the periods */
        HolidayNoticeFile: {
            holidays: {
                code: string;
                /** @description YYYY-MM-DD, Asia/Shanghai */
                first: string;
                /** @description YYYY-MM-DD, Asia/Shanghai */
                last: string;
                name: {
                    en: string;
                    zh: string;
                };
            }[];
            makeUpWorkdays: {
                /** @description YYYY-MM-DD, Asia/Shanghai */
                date: string;
                forPeriod: string;
            }[];
            notice: {
                documentNumber: string;
                /** @description YYYY-MM-DD, Asia/Shanghai */
                issuedOn?: string;
                /** Format: uri */
                officialUrl?: string;
                title: string;
            };
            year: number;
        };
        /** @description The message archived or brought back, and the unread counts after */
        InboxArchiveResult: {
            item: components["schemas"]["InboxItem"];
            unread: components["schemas"]["InboxUnreadCounts"];
        };
        /** @description A message in an in-app inbox, in both languages */
        InboxItem: {
            /** @description `archivedAt !== null` */
            archived: boolean;
            /** @description archived messages are left out of the default list and of the unread counts */
            archivedAt: string | null;
            archivedBy: string | null;
            body: components["schemas"]["NotificationLocalizedText"];
            /** Format: date-time */
            createdAt: string;
            critical: boolean;
            deadlineId: string | null;
            /** Format: uuid */
            id: string;
            instanceId: string | null;
            /** @enum {string} */
            kind: "before" | "due" | "escalation" | "digest" | "sandbox-breach" | "evaluator-removed" | "application-stage" | "dead-letter" | "employment-risk";
            /** @description `readAt !== null` */
            read: boolean;
            readAt: string | null;
            /** @description the user who read it (for a unit’s message: whoever of its members did first) */
            readBy: string | null;
            recipient: components["schemas"]["NotificationRecipient"];
            subject: components["schemas"]["NotificationLocalizedText"];
            /** @description the scenario, application or assessment the message is about: a link target (the texts name it in words) */
            subjectId: string | null;
            /** @description what `subjectId` names (null on messages from before it was kept) */
            subjectKind: ("scenario" | "application" | "assessment") | null;
        };
        /** @description A page of the caller’s and their unit’s inbox, with the unread counts */
        InboxPage: {
            /** @description newest first */
            items: components["schemas"]["InboxItem"][];
            /** @description `after` for the next page; null on the last */
            nextCursor: string | null;
            unread: components["schemas"]["InboxUnreadCounts"];
        };
        /** @description How many messages were marked read, and the unread counts after */
        InboxReadAllResult: {
            /** @description messages marked read now */
            marked: number;
            unread: components["schemas"]["InboxUnreadCounts"];
        };
        /** @description The message read, and the unread counts after */
        InboxReadResult: {
            item: components["schemas"]["InboxItem"];
            unread: components["schemas"]["InboxUnreadCounts"];
        };
        /** @description Unread in-app messages: the unit’s, the caller’s own, and both */
        InboxUnreadCounts: {
            total: number;
            /** @description unread in the caller’s unit’s inbox (0 without a unit) */
            unit: number;
            /** @description unread in the caller’s own inbox */
            user: number;
        };
        /** @description An applied release: who, when, and each instance’s outcome */
        LifecycleRelease: {
            actor: {
                id: string;
                roles: string[];
            };
            counts: {
                failed: number;
                moved: number;
                skipped: number;
            };
            finishedAt: string | null;
            fromVersions: number[];
            /** Format: uuid */
            id: string;
            machineId: string;
            stageMap: {
                [key: string]: string;
            };
            /** Format: date-time */
            startedAt: string;
            steps: {
                from: {
                    stage: string;
                    version: number;
                };
                /** Format: uuid */
                instanceId: string;
                /** @enum {string} */
                outcome: "moved" | "skipped" | "failed";
                problem: {
                    /** @enum {string} */
                    code: "STAGE_NOT_IN_TARGET" | "MAPPING_FAILED";
                    message: string;
                } | null;
                stageChanged: boolean;
                subjectId: string;
                /** @description Null: the instance cannot move (see `problem`) */
                to: {
                    stage: string;
                    version: number;
                } | null;
            }[];
            toVersion: number;
        };
        /** @description The releases applied, newest first */
        LifecycleReleaseList: {
            actor: {
                id: string;
                roles: string[];
            };
            counts: {
                failed: number;
                moved: number;
                skipped: number;
            };
            finishedAt: string | null;
            fromVersions: number[];
            /** Format: uuid */
            id: string;
            machineId: string;
            stageMap: {
                [key: string]: string;
            };
            /** Format: date-time */
            startedAt: string;
            toVersion: number;
        }[];
        /** @description Machines, their versions and how many instances run on each */
        LifecycleReleaseMachines: {
            currentVersion: number;
            /** @enum {string} */
            id: "scenario-lifecycle" | "application-lifecycle";
            versions: {
                current: boolean;
                /** @description Instances that ended on it */
                finished: number;
                /** @description Instances on this version not finished */
                running: number;
                version: number;
            }[];
        }[];
        /** @description The dry run: each running instance, where it would move or why it cannot */
        LifecycleReleasePlan: {
            counts: {
                blocked: number;
                move: number;
            };
            fromVersions: number[];
            machineId: string;
            stageMap: {
                [key: string]: string;
            };
            steps: {
                from: {
                    stage: string;
                    version: number;
                };
                /** Format: uuid */
                instanceId: string;
                problem: {
                    /** @enum {string} */
                    code: "STAGE_NOT_IN_TARGET" | "MAPPING_FAILED";
                    message: string;
                } | null;
                subjectId: string;
                /** @description Null: the instance cannot move (see `problem`) */
                to: {
                    stage: string;
                    version: number;
                } | null;
            }[];
            toVersion: number;
        };
        LoginRequest: {
            password: string;
            username: string;
        };
        LoginResponse: {
            /** @description JWT (EdDSA, checkable with `GET /.well-known/jwks.json`), valid for 15 minutes; send as `Authorization: Bearer <token>` */
            accessToken: string;
            /** @description seconds the access token is valid */
            expiresIn: number;
            /** @description true: the password was set by someone else; nothing but `POST /api/auth/password` is allowed until it is changed */
            passwordChangeRequired: boolean;
            /** @description seconds the refresh token may wait unused before the session ends */
            refreshExpiresIn: number;
            /** @description one use: `POST /api/auth/refresh` answers a new access token and the next refresh token; keep it secret */
            refreshToken: string;
            /** @constant */
            tokenType: "Bearer";
            user: components["schemas"]["User"];
        };
        /** @description 供需对接活动 A matchmaking event with its participants, presented opportunities and outcomes */
        MatchmakingEvent: {
            description?: {
                en?: string;
                zh?: string;
            };
            district?: string;
            /** Format: date */
            heldOn: string;
            heldYear: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "roadshow" | "matchmaking-meeting" | "open-call" | "launch" | "exhibition" | "competition" | "other";
            /** @description The opportunities presented */
            opportunityIds: string[];
            organiserUnit: string;
            outcomes: components["schemas"]["MatchmakingEventOutcome"][];
            participants: components["schemas"]["MatchmakingEventParticipant"][];
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            title: {
                en?: string;
                zh: string;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        MatchmakingEventOutcome: {
            note?: string;
            /**
             * Format: uuid
             * @description A presented opportunity
             */
            opportunityId: string;
            /** @enum {string} */
            status: "intent" | "agreement" | "contract-signed";
            /** @description A participant */
            supplier: string;
        };
        MatchmakingEventPage: {
            items: components["schemas"]["MatchmakingEvent"][];
            /** @description Pass back as `after` for the next page; null on the last */
            nextCursor: string | null;
        };
        MatchmakingEventParticipant: {
            name: string;
            /** @enum {string} */
            type: "enterprise" | "university" | "institute" | "soe";
        };
        /** @description A text in both languages */
        NotificationLocalizedText: {
            en: string;
            zh: string;
        };
        /** @description How a user or a unit is told: language, email, webhook, daily digest, quiet hours */
        NotificationPreferences: {
            /** @description non-critical messages bundled into one a day */
            digest: {
                /** @description HH:mm or HH:mm:ss, Asia/Shanghai */
                at: string;
                enabled: boolean;
            };
            email: {
                address: string | null;
                enabled: boolean;
            };
            /** @enum {string} */
            language: "zh-CN" | "en";
            /** @description a daily window (HH:mm or HH:mm:ss, Asia/Shanghai, may span midnight) in which non-critical messages wait */
            quietHours: {
                end: string;
                start: string;
            } | null;
            recipient: components["schemas"]["NotificationRecipient"];
            /** @description false: nothing stored yet, these are the defaults */
            stored: boolean;
            webhook: {
                enabled: boolean;
                /** @description whether a signing secret is stored (it is never shown) */
                secretSet: boolean;
                url: string | null;
            };
        };
        /** @description A unit (by its Chinese name) or a person (by user id) */
        NotificationRecipient: {
            /** @description the unit’s Chinese name or the user id */
            id: string;
            /** @enum {string} */
            type: "unit" | "user";
        };
        NotificationRescheduleCounts: {
            /** @description outstanding in the database */
            pending: number;
            /** @description handed to the scheduler again (it did not have them) */
            restored: number;
        };
        /** @description What a reschedule re-derived and handed to the scheduler again */
        NotificationRescheduleReport: {
            deliveries: components["schemas"]["NotificationRescheduleCounts"];
            digests: components["schemas"]["NotificationRescheduleCounts"];
            reminders: components["schemas"]["NotificationRescheduleCounts"];
            /** @description active deadlines whose plan changed (policy or calendar) and was re-derived */
            replanned: number;
            tookMs: number;
        };
        OidcHandoffRequest: {
            /** @description the one-time code of `/sso#handoff=<code>` */
            code: string;
        };
        OidcHandoffResponse: {
            /** @description JWT (EdDSA, checkable with `GET /.well-known/jwks.json`), valid for 15 minutes; send as `Authorization: Bearer <token>` */
            accessToken: string;
            /** @description seconds the access token is valid */
            expiresIn: number;
            /** @description true: the password was set by someone else; nothing but `POST /api/auth/password` is allowed until it is changed */
            passwordChangeRequired: boolean;
            /** @description seconds the refresh token may wait unused before the session ends */
            refreshExpiresIn: number;
            /** @description one use: `POST /api/auth/refresh` answers a new access token and the next refresh token; keep it secret */
            refreshToken: string;
            /** @description the console path the sign-in began from */
            returnTo: string;
            /** @constant */
            tokenType: "Bearer";
            user: components["schemas"]["User"];
        };
        OidcStatus: {
            /** @description false: single sign-on is not configured (OIDC_ISSUER unset); its other routes answer 404 SSO_DISABLED */
            enabled: boolean;
            /** @description the provider as the sign-in button names it */
            providerName: {
                en: string;
                zh: string;
            } | null;
        };
        OpenApiDocument: {
            components: {
                schemas: {
                    [key: string]: {
                        [key: string]: unknown;
                    };
                };
                securitySchemes: {
                    [key: string]: {
                        [key: string]: unknown;
                    };
                };
            } & {
                [key: string]: unknown;
            };
            info: {
                description?: string;
                title: string;
                version: string;
            } & {
                [key: string]: unknown;
            };
            /** @constant */
            openapi: "3.1.0";
            paths: {
                [key: string]: {
                    [key: string]: {
                        [key: string]: unknown;
                    };
                };
            };
            tags?: {
                description?: string;
                name: string;
            }[];
            /** @description services that did not answer */
            "x-missing"?: {
                reason: string;
                source: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description 场景机会 An opportunity of a scenario */
        Opportunity: {
            closedBy: string | null;
            closedOn: string | null;
            closeNote: string | null;
            closeReason: ("matched" | "expired" | "withdrawn") | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description?: {
                en?: string;
                zh?: string;
            };
            /** Format: uuid */
            id: string;
            /** @description The owning unit: the scenario's owner unit, copied when the opportunity is drafted */
            ownerUnit: string;
            publishedBy: string | null;
            /** @description Beijing date of publication; its year is the year the opportunity counts for */
            publishedOn: string | null;
            publishedYear: number | null;
            /** Format: uuid */
            scenarioId: string;
            sought: {
                /** @description 分 fen, integers (never floats): 1 元 = 100 */
                budget?: {
                    maxFen?: number;
                    minFen?: number;
                };
                capabilities: string[];
                /** Format: date */
                respondBy: string;
            };
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            title: {
                en?: string;
                zh: string;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description One opportunity with its district and its matches */
        OpportunityDetail: {
            closedBy: string | null;
            closedOn: string | null;
            closeNote: string | null;
            closeReason: ("matched" | "expired" | "withdrawn") | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description?: {
                en?: string;
                zh?: string;
            };
            /** @description The scenario's district */
            district: string | null;
            /** Format: uuid */
            id: string;
            matches: components["schemas"]["OpportunityMatch"][];
            /** @description The owning unit: the scenario's owner unit, copied when the opportunity is drafted */
            ownerUnit: string;
            publishedBy: string | null;
            /** @description Beijing date of publication; its year is the year the opportunity counts for */
            publishedOn: string | null;
            publishedYear: number | null;
            /** Format: uuid */
            scenarioId: string;
            sought: {
                /** @description 分 fen, integers (never floats): 1 元 = 100 */
                budget?: {
                    maxFen?: number;
                    minFen?: number;
                };
                capabilities: string[];
                /** Format: date */
                respondBy: string;
            };
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            title: {
                en?: string;
                zh: string;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description An opportunity with its scenario's district */
        OpportunityListItem: {
            closedBy: string | null;
            closedOn: string | null;
            closeNote: string | null;
            closeReason: ("matched" | "expired" | "withdrawn") | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description?: {
                en?: string;
                zh?: string;
            };
            /** @description The scenario's district */
            district: string | null;
            /** Format: uuid */
            id: string;
            /** @description The owning unit: the scenario's owner unit, copied when the opportunity is drafted */
            ownerUnit: string;
            publishedBy: string | null;
            /** @description Beijing date of publication; its year is the year the opportunity counts for */
            publishedOn: string | null;
            publishedYear: number | null;
            /** Format: uuid */
            scenarioId: string;
            sought: {
                /** @description 分 fen, integers (never floats): 1 元 = 100 */
                budget?: {
                    maxFen?: number;
                    minFen?: number;
                };
                capabilities: string[];
                /** Format: date */
                respondBy: string;
            };
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            title: {
                en?: string;
                zh: string;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description Which supplier matched the opportunity at which matchmaking event, and how far it went */
        OpportunityMatch: {
            /** Format: uuid */
            eventId: string;
            eventTitle: {
                en?: string;
                zh: string;
            };
            /** Format: date */
            heldOn: string;
            note?: string;
            /**
             * @description How far the match went
             * @enum {string}
             */
            status: "intent" | "agreement" | "contract-signed";
            supplier: string;
            /** @enum {string} */
            supplierType: "enterprise" | "university" | "institute" | "soe";
        };
        OpportunityPage: {
            items: components["schemas"]["OpportunityListItem"][];
            /** @description Pass back as `after` for the next page; null on the last */
            nextCursor: string | null;
        };
        Organisation: {
            aliases: string[];
            id: string;
            /** @enum {string} */
            kind: "enterprise" | "state-owned-enterprise" | "university" | "research-institute" | "government" | "social-organisation" | "other";
            name: string;
            nameEn: string;
            uscc: string | null;
        };
        OrganisationList: {
            items: components["schemas"]["Organisation"][];
        };
        PatchEvaluationEvaluatorsByIdRequest: {
            available?: boolean;
            capacity?: number;
            expertise?: string[];
            name?: string;
            organisation?: string;
        };
        PatchMatchmakingEventsByIdRequest: {
            description?: {
                en?: string;
                zh?: string;
            } | null;
            district?: string | null;
            /** Format: date */
            heldOn?: string;
            /** @enum {string} */
            kind?: "roadshow" | "matchmaking-meeting" | "open-call" | "launch" | "exhibition" | "competition" | "other";
            opportunityIds?: string[];
            organiserUnit?: string;
            outcomes?: {
                note?: string;
                /** Format: uuid */
                opportunityId: string;
                /** @enum {string} */
                status: "intent" | "agreement" | "contract-signed";
                supplier: string;
            }[];
            participants?: {
                name: string;
                /** @enum {string} */
                type: "enterprise" | "university" | "institute" | "soe";
            }[];
            title?: {
                en?: string;
                zh: string;
            };
        };
        PatchOpportunitiesByIdRequest: {
            description?: {
                en?: string;
                zh?: string;
            } | null;
            sought?: {
                budget?: {
                    maxFen?: number;
                    minFen?: number;
                };
                capabilities: string[];
                /** Format: date */
                respondBy: string;
            };
            title?: {
                en?: string;
                zh: string;
            };
        };
        PatchScenariosByIdRequest: {
            budget?: {
                /** @enum {string} */
                fundingSource: "government-investment" | "fiscal-fund" | "soe-own" | "social-capital" | "mixed";
                newScenarioReserveFen?: number;
                totalFen: number;
            } | null;
            contacts?: {
                /** Format: email */
                email?: string;
                name: string;
                phone?: string;
                role?: string;
            }[];
            coOwnerUnits?: string[];
            description?: {
                en?: string;
                zh?: string;
            } | null;
            district?: string | null;
            expectedRevision?: number;
            sandbox?: {
                needed: boolean;
                reason?: string;
            } | null;
            tags?: string[];
            /** @enum {string} */
            tier?: "comprehensive-major" | "industry-integrated" | "high-value-niche";
            title?: {
                en?: string;
                zh: string;
            };
        };
        PostBatchListsByIdItemsRequest: {
            category?: string;
            note?: string;
            /** Format: uuid */
            scenarioId: string;
        };
        PostBatchListsByIdPublishRequest: {
            expectedVersion?: number;
        };
        PostBatchListsByIdRevisionsRequest: {
            reason?: string;
        };
        PostBatchListsRequest: {
            issueDate: string;
            issuingUnit?: string;
            /** @default [] */
            items?: components["schemas"]["PostBatchListsByIdItemsRequest"][];
            number: string;
            title: {
                en?: string;
                zh: string;
            };
            year?: number;
        };
        PostDemandListsRequest: {
            number: string;
            opportunityIds: string[];
            ownerUnit: string;
            /** Format: date */
            publishedOn?: string;
            title: {
                en?: string;
                zh: string;
            };
        };
        PostEvaluationAssessmentsByIdDeclineRequest: {
            reason: string;
        };
        PostEvaluationAssessmentsByIdPanelDecisionRequest: {
            majorityView: string;
            /** @default  */
            minorityView?: string;
            votes: {
                fail: number;
                pass: number;
            };
        };
        PostEvaluationAssessmentsByIdScoresRequest: {
            scores: {
                comment: string;
                criterionId: string;
                rubricId: string;
                value: number | boolean;
            }[];
        };
        PostEvaluationEvaluatorsByIdConflictsRequest: {
            endedOn?: string | null;
            /** @enum {string} */
            kind: "declared" | "collaboration";
            party: string;
            reason: string;
        };
        PostEvaluationEvaluatorsRequest: {
            available?: boolean;
            capacity?: number;
            expertise: string[];
            id: string;
            name: string;
            organisation: string;
        };
        PostFactorRequestsByIdAnswerRequest: {
            answer: {
                en?: string;
                zh?: string;
            };
            /** @enum {string} */
            outcome: "granted" | "partially-granted" | "declined";
        };
        PostMatchmakingEventsRequest: {
            description?: {
                en?: string;
                zh?: string;
            };
            district?: string;
            /** Format: date */
            heldOn: string;
            /** @enum {string} */
            kind: "roadshow" | "matchmaking-meeting" | "open-call" | "launch" | "exhibition" | "competition" | "other";
            /** @default [] */
            opportunityIds?: string[];
            organiserUnit: string;
            outcomes?: {
                note?: string;
                /** Format: uuid */
                opportunityId: string;
                /** @enum {string} */
                status: "intent" | "agreement" | "contract-signed";
                supplier: string;
            }[];
            participants?: {
                name: string;
                /** @enum {string} */
                type: "enterprise" | "university" | "institute" | "soe";
            }[];
            title: {
                en?: string;
                zh: string;
            };
        };
        PostNotificationsInboxReadAllRequest: {
            /**
             * @default all
             * @enum {string}
             */
            scope?: "all" | "unit" | "user";
        };
        PostOperationsDeadLettersByIdDiscardRequest: {
            reason: string;
        };
        PostOperationsDeadLettersReplayRequest: {
            ids: string[];
        };
        PostOpportunitiesByIdCloseRequest: {
            note?: string;
            /** @enum {string} */
            reason: "matched" | "expired" | "withdrawn";
        };
        PostOpportunitiesByIdPublishRequest: {
            /** Format: date */
            publishedOn?: string;
        };
        PostOpportunitiesRequest: {
            description?: {
                en?: string;
                zh?: string;
            };
            /** Format: uuid */
            scenarioId: string;
            sought: {
                budget?: {
                    maxFen?: number;
                    minFen?: number;
                };
                capabilities: string[];
                /** Format: date */
                respondBy: string;
            };
            title: {
                en?: string;
                zh: string;
            };
        };
        PostScenariosByIdDuplicatesRequest: {
            /** @enum {string} */
            decision: "link" | "dismiss";
            note?: string;
            /** Format: uuid */
            otherId: string;
        };
        PostScenariosByScenarioIdBenefitSharingRequest: {
            amendmentReason?: string;
            amends?: number;
            basis: string;
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveTo?: string;
            parties: {
                name: string;
                /** @enum {string} */
                role: "scenario-owner" | "supplier" | "operator" | "investor" | "research-partner" | "other";
                shareBasisPoints: number;
            }[];
        };
        PostScenariosByScenarioIdFactorRequestsRequest: {
            /** @enum {string} */
            kind: "land" | "data" | "talent" | "technology" | "spectrum" | "airspace" | "energy" | "environment";
            need: {
                en?: string;
                zh?: string;
            };
            quantity?: string;
        };
        PostScenariosByScenarioIdFinancingByIdStatusRequest: {
            /** @enum {string} */
            action: "approve" | "disburse" | "decline" | "close";
            note?: string;
            /** Format: date */
            on?: string;
        };
        PostScenariosByScenarioIdFinancingRequest: {
            amountFen: number;
            /** Format: date */
            appliedOn: string;
            institution: string;
            /** @enum {string} */
            kind: "loan" | "insurance" | "fund-co-investment";
            note?: {
                en?: string;
                zh?: string;
            };
            product: string;
            termMonths?: number;
        };
        PostScenariosRequest: {
            budget?: {
                /** @enum {string} */
                fundingSource: "government-investment" | "fiscal-fund" | "soe-own" | "social-capital" | "mixed";
                newScenarioReserveFen?: number;
                totalFen: number;
            };
            /** @default [] */
            contacts?: {
                /** Format: email */
                email?: string;
                name: string;
                phone?: string;
                role?: string;
            }[];
            /** @default [] */
            coOwnerUnits?: string[];
            description?: {
                en?: string;
                zh?: string;
            };
            district?: string;
            domainCode: string;
            /** @enum {string} */
            ownerType: "municipal-department" | "district" | "municipal-soe" | "enterprise" | "university-institute";
            ownerUnit: string;
            sandbox?: {
                needed: boolean;
                reason?: string;
            };
            /** @default [] */
            tags?: string[];
            /** @default 2025-draft */
            taxonomyVersion?: string;
            /** @enum {string} */
            tier: "comprehensive-major" | "industry-integrated" | "high-value-niche";
            title: {
                en?: string;
                zh: string;
            };
        };
        PostWorkflowApplicationsRequest: {
            /**
             * Format: uuid
             * @description 以联合体名义申报 Apply in the name of this consortium (the caller’s organisation must be its lead)
             */
            consortiumId?: string;
            /** Format: uuid */
            scenarioId: string;
        };
        PostWorkflowConsortiaByIdMembersRequest: {
            contribution: string;
            /** @enum {string} */
            kind: "enterprise" | "state-owned-enterprise" | "university" | "research-institute" | "government" | "social-organisation" | "other";
            organisation: string;
            /**
             * @default member
             * @enum {string}
             */
            role?: "lead" | "member";
        };
        PostWorkflowConsortiaRequest: {
            description?: string;
            members: components["schemas"]["PostWorkflowConsortiaByIdMembersRequest"][];
            name: {
                en?: string;
                zh: string;
            };
        };
        PostWorkflowInstancesByIdEventsRequest: {
            expectedVersion?: number;
            reason?: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        PostWorkflowReleasesPlanRequest: {
            /** @description Only instances on this version (default: every older version) */
            fromVersion?: number;
            /**
             * @description The machine to release
             * @enum {string}
             */
            machine: "scenario-lifecycle" | "application-lifecycle";
            /** @description Old stage → new stage, for stages the new version renamed or removed */
            stageMap?: {
                [key: string]: string;
            };
            /** @description The version the running instances move to */
            toVersion: number;
        };
        /** @description 采购途径与政府采购方式（依《政府采购法》等） Procurement routes and the government procurement methods the law names */
        ProcurementMethods: {
            methods: {
                basis: string;
                /** @enum {string} */
                code: "public-tender" | "invited-tender" | "competitive-negotiation" | "competitive-consultation" | "single-source" | "request-for-quotation" | "framework-agreement" | "cooperative-innovation";
                en: string;
                zh: string;
            }[];
            routes: {
                /** @enum {string} */
                code: "government" | "state-owned-enterprise" | "enterprise" | "other";
                en: string;
                zh: string;
            }[];
        };
        PutBatchListsByIdItemsByScenarioIdRequest: {
            category?: string | null;
            note?: string | null;
        };
        PutBatchListsByIdRequest: {
            expectedVersion?: number;
            issueDate: string;
            issuingUnit?: string;
            items?: components["schemas"]["PostBatchListsByIdItemsRequest"][];
            number: string;
            title: {
                en?: string;
                zh: string;
            };
            year?: number;
        };
        PutEvaluationOrganisationsByIdRequest: {
            accounts?: string[];
            name: string;
            parentId?: string | null;
        };
        PutNotificationsPreferencesRequest: {
            /**
             * @default {
             *       "enabled": false,
             *       "at": "09:00"
             *     }
             */
            digest?: {
                /** @default 09:00 */
                at?: string;
                enabled: boolean;
            };
            /**
             * @default {
             *       "enabled": false,
             *       "address": null
             *     }
             */
            email?: {
                /** @default null */
                address?: string | null;
                enabled: boolean;
            };
            /**
             * @default zh-CN
             * @enum {string}
             */
            language?: "zh-CN" | "en";
            /** @default null */
            quietHours?: {
                end: string;
                start: string;
            } | null;
            /**
             * @default {
             *       "enabled": false,
             *       "url": null
             *     }
             */
            webhook?: {
                enabled: boolean;
                secret?: string;
                /** @default null */
                url?: string | null;
            };
        };
        PutScenariosByScenarioIdEmploymentByPeriodRequest: {
            groups: {
                /** @enum {string} */
                group: "migrant-workers" | "college-graduates" | "hard-to-employ" | "veterans" | "other";
                jobsCreated: number;
                jobsDisplaced: number;
                workforce?: number;
            }[];
            note?: {
                en?: string;
                zh?: string;
            };
        };
        PutScenariosByScenarioIdProcurementRequest: {
            /** @default [] */
            firstSetRecognitions?: {
                holder?: string;
                /** @enum {string} */
                kind: "equipment" | "material" | "software";
                /** @enum {string} */
                level: "national" | "municipal" | "other-province";
                number: string;
                productName: string;
                year: number;
            }[];
            /** @enum {string} */
            method?: "public-tender" | "invited-tender" | "competitive-negotiation" | "competitive-consultation" | "single-source" | "request-for-quotation" | "framework-agreement" | "cooperative-innovation";
            note?: string;
            /** @enum {string} */
            route: "government" | "state-owned-enterprise" | "enterprise" | "other";
        };
        PutSuppliersByIdCreditRequest: {
            /** @constant */
            status: "normal";
        } | {
            reason: string;
            /** Format: date */
            since: string;
            /** @constant */
            status: "restricted";
        };
        PutSuppliersMineRequest: {
            capabilities: string;
            /** @default [] */
            districts?: string[];
            /** @default [] */
            domains?: string[];
            /** @default [] */
            firstSetRecognitions?: {
                /** @enum {string} */
                level: "national" | "municipal";
                product: string;
                year: number;
            }[];
            /** @default [] */
            products?: {
                description?: string;
                name: string;
            }[];
            /** @default [] */
            tags?: string[];
        };
        PutWorkflowApplicationsByApplicationIdContentRequest: {
            contact: {
                /** Format: email */
                email: string;
                name: string;
                phone: string;
            };
            proposal: {
                approach: {
                    en?: string;
                    zh: string;
                };
                summary: {
                    en?: string;
                    zh: string;
                };
                title: {
                    en?: string;
                    zh: string;
                };
            };
            /**
             * @default {
             *       "members": [],
             *       "capabilities": []
             *     }
             */
            team?: {
                /** @default [] */
                capabilities?: string[];
                /** @default [] */
                members?: {
                    name: string;
                    organisation?: string;
                    role: string;
                }[];
            };
        };
        PutWorkflowConsortiaByIdMembersRequest: {
            expectedVersion?: number;
            members: components["schemas"]["PostWorkflowConsortiaByIdMembersRequest"][];
        };
        RefreshRequest: {
            refreshToken: string;
        };
        /** @description One version of a rubric */
        Rubric: {
            basis: components["schemas"]["EvaluationBilingual"];
            criteria: components["schemas"]["RubricCriterion"][];
            id: string;
            /** Format: date */
            publishedOn: string;
            title: components["schemas"]["EvaluationBilingual"];
            /** @description The weighted total must be at least this (null: no total threshold) */
            totalThreshold: number | null;
            version: number;
        };
        RubricCriterion: components["schemas"]["RubricScoredCriterion"] | components["schemas"]["RubricPassFailCriterion"];
        RubricList: {
            /** @description The current version of every rubric */
            items: components["schemas"]["RubricWithVersions"][];
            /** @description The rubric ids that decide each purpose */
            purposes: {
                "application-review": string[];
                effectiveness: string[];
                recognition: string[];
            };
        };
        /** @description A criterion that is met or not; a fail fails the rubric */
        RubricPassFailCriterion: {
            guidance: components["schemas"]["EvaluationBilingual"];
            id: string;
            /** @constant */
            kind: "pass-fail";
            label: components["schemas"]["EvaluationBilingual"];
        };
        /** @description A rubric version an assessment pinned */
        RubricRef: {
            id: string;
            version: number;
        };
        /** @description A criterion scored on a scale, counted in the total with its weight */
        RubricScoredCriterion: {
            guidance: components["schemas"]["EvaluationBilingual"];
            id: string;
            /** @constant */
            kind: "scored";
            label: components["schemas"]["EvaluationBilingual"];
            scale: {
                max: number;
                min: number;
                step: number;
            };
            /** @description The aggregated score must be at least this (null: no per-criterion threshold) */
            threshold: number | null;
            weight: number;
        };
        /** @description A version of a rubric and the numbers of all its published versions */
        RubricWithVersions: {
            basis: components["schemas"]["EvaluationBilingual"];
            criteria: components["schemas"]["RubricCriterion"][];
            id: string;
            /** Format: date */
            publishedOn: string;
            title: components["schemas"]["EvaluationBilingual"];
            /** @description The weighted total must be at least this (null: no total threshold) */
            totalThreshold: number | null;
            version: number;
            /** @description Every published version, oldest first */
            versions: number[];
        };
        /** @description 场景 A registered scenario with its budget-reserve check */
        Scenario: {
            /** @description The aspect of the domain in the scenario’s taxonomy version */
            aspectCode: string;
            budget?: components["schemas"]["ScenarioBudget"];
            budgetReserve: components["schemas"]["ScenarioBudgetReserve"];
            contacts: components["schemas"]["ScenarioContact"][];
            /** @description 共同牵头单位 Co-owner units (Chongqing or Sichuan), by their Chinese names */
            coOwnerUnits: string[];
            description?: {
                en?: string;
                zh?: string;
            };
            district?: string;
            domainCode: string;
            /** Format: uuid */
            id: string;
            /** @description 成渝 joint scenario (跨区域): some co-owner unit is of another region than the owner unit */
            joint: boolean;
            /** @enum {string} */
            ownerType: "municipal-department" | "district" | "municipal-soe" | "enterprise" | "university-institute";
            ownerUnit: string;
            /** @description 1 at registration, bumped by every change of the profile; send it back as `expectedRevision` when editing */
            profileRevision: number;
            /** Format: date-time */
            registeredAt: string;
            /** @description The user id of who registered it; null for scenarios registered before registration needed sign-in */
            registeredBy: string | null;
            /** @description True when the coordinator or an admin registered it for a unit they do not belong to */
            registeredOnBehalf: boolean;
            sandbox?: {
                needed: boolean;
                reason?: string;
            };
            /** @description The lifecycle stage as last reported by the workflow; null until it has started */
            stage: string | null;
            stageChangedAt: string | null;
            stageSequence: number | null;
            tags: string[];
            taxonomyVersion: components["schemas"]["TaxonomyVersionId"];
            /** @enum {string} */
            tier: "comprehensive-major" | "industry-integrated" | "high-value-niche";
            title: components["schemas"]["ScenarioTitle"];
        };
        ScenarioAssessmentOutcome: {
            /** Format: uuid */
            assessmentId: string;
            explanation: string;
            /** Format: date-time */
            finalizedAt: string;
            passed: boolean;
            /**
             * @description recognition 认定评估 (scores 场景价值评估), effectiveness 成效评估 (the pilot)
             * @enum {string}
             */
            purpose: "recognition" | "effectiveness";
            /** Format: uuid */
            scenarioId: string;
        };
        /** @description 预算 The budget and where it comes from */
        ScenarioBudget: {
            /** @enum {string} */
            fundingSource: "government-investment" | "fiscal-fund" | "soe-own" | "social-capital" | "mixed";
            /** @description 分 fen reserved for new scenarios */
            newScenarioReserveFen?: number;
            /** @description 分 fen, an integer (never a float): 1 元 = 100 */
            totalFen: number;
        };
        /** @description 预留检查 The budget-reserve check (预留不低于5%) */
        ScenarioBudgetReserve: {
            /** @description A government investment project reserving less than the minimum */
            belowMinimum: boolean;
            /** @description The plan’s minimum share for government investment projects */
            minimumShare: number | null;
            /** @description The reserved share of the total budget (0…1); null without a budget or a reserve */
            share: number | null;
        };
        /** @description 联系人 A contact person (phone or email) */
        ScenarioContact: {
            email?: string;
            name: string;
            phone?: string;
            role?: string;
        };
        /** @description 场景融资 A financing of a scenario (场景贷, 场景保险, 国有投资基金跟投) */
        ScenarioFinancing: {
            /** @description 分 fen, an integer (never a float): 1 元 = 100 */
            amountFen: number;
            /** Format: date */
            appliedOn: string;
            approvedOn: string | null;
            closedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            declinedOn: string | null;
            disbursedOn: string | null;
            /** Format: uuid */
            id: string;
            institution: string;
            /**
             * @description loan 场景贷, insurance 场景保险, fund-co-investment 国有投资基金跟投
             * @enum {string}
             */
            kind: "loan" | "insurance" | "fund-co-investment";
            note: {
                en?: string;
                zh?: string;
            } | null;
            ownerUnit: string;
            product: string;
            /** Format: uuid */
            scenarioId: string;
            /** @enum {string} */
            status: "applied" | "approved" | "disbursed" | "declined" | "closed";
            statusNote: string | null;
            termMonths: number | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
        };
        ScenarioFinancingList: {
            items: components["schemas"]["ScenarioFinancing"][];
        };
        /** @description 导入问题 A problem of one row, in words, on its column */
        ScenarioImportProblem: {
            /** @enum {string} */
            code: "INVALID_VALUE" | "UNKNOWN_DOMAIN" | "UNKNOWN_UNIT" | "NOT_OWN_UNIT" | "NOT_OWN_DISTRICT" | "FORBIDDEN" | "DUPLICATE_SCENARIO" | "DUPLICATE_ROW" | "UNIT_NOT_RESPONSIBLE" | "RESERVE_BELOW_MINIMUM";
            /** @description The column concerned; null: the row as a whole */
            column: ("titleZh" | "titleEn" | "descriptionZh" | "domainCode" | "ownerUnit" | "ownerType" | "tier" | "district" | "taxonomyVersion" | "budgetTotal" | "fundingSource" | "newScenarioReserve" | "sandboxNeeded" | "sandboxReason" | "tags" | "contactName" | "contactPhone" | "contactEmail") | null;
            /** @description The column’s header, `领域代码 Domain code` */
            columnLabel: string | null;
            /** @description 中文 English */
            message: string;
            /**
             * @description `error`: the row is not imported; `warning`: imported and flagged, as registration flags it
             * @enum {string}
             */
            severity: "error" | "warning";
        };
        /** @description 导入报告 What an import found (dry run) or did (commit), row by row */
        ScenarioImportReport: {
            /** @enum {string} */
            mode: "dry-run" | "commit";
            rows: components["schemas"]["ScenarioImportRow"][];
            summary: {
                /** @description Scenarios registered (0 in a dry run) */
                imported: number;
                /** @description Rows with an error: not imported */
                refused: number;
                /** @description Data rows in the file */
                rows: number;
                /** @description Rows without errors (imported on commit) */
                valid: number;
                /** @description Rows with a warning */
                warnings: number;
            };
        };
        /** @description 导入行 One row of the file and what became of it */
        ScenarioImportRow: {
            problems: components["schemas"]["ScenarioImportProblem"][];
            /** @description The row number as the spreadsheet shows it (the header is row 1) */
            row: number;
            /** @description What the row reads as: the registration `POST /api/scenarios` would receive */
            scenario: {
                [key: string]: unknown;
            };
            /** @description The registered scenario (commit only) */
            scenarioId: string | null;
            /** @enum {string} */
            status: "valid" | "imported" | "refused";
        };
        /** @description 疑似重复 A scenario that looks like this one */
        ScenarioNearDuplicate: {
            district: string | null;
            domainCode: string;
            sameDistrict: boolean;
            sameDomain: boolean;
            /** Format: uuid */
            scenarioId: string;
            /** @description 0…1: how alike the two scenarios are */
            score: number;
            title: components["schemas"]["ScenarioTitle"];
        };
        /** @description 疑似重复检查 Near-duplicates of a draft registration */
        ScenarioNearDuplicates: {
            nearDuplicates: components["schemas"]["ScenarioNearDuplicate"][];
        };
        /** @description 场景列表 A page of scenarios */
        ScenarioPage: {
            items: components["schemas"]["Scenario"][];
            /** @description Pass back as `after` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description 采购途径与首台(套)认定 A scenario’s procurement route and the first-set recognitions it relies on */
        ScenarioProcurement: {
            firstSetRecognitions: {
                holder?: string;
                /**
                 * @description equipment 首台(套)重大技术装备, material 首批次新材料, software 首版次软件
                 * @enum {string}
                 */
                kind: "equipment" | "material" | "software";
                /**
                 * @description national 国家级, municipal 重庆市级, other-province 其他省级
                 * @enum {string}
                 */
                level: "national" | "municipal" | "other-province";
                /** @description 认定编号 / 目录序号 */
                number: string;
                productName: string;
                year: number;
            }[];
            /** @description 政府采购方式 (only for route government) */
            method: ("public-tender" | "invited-tender" | "competitive-negotiation" | "competitive-consultation" | "single-source" | "request-for-quotation" | "framework-agreement" | "cooperative-innovation") | null;
            note: string | null;
            /**
             * @description government 政府采购, state-owned-enterprise 国有企业采购, enterprise 企业自主采购, other 其他
             * @enum {string}
             */
            route: "government" | "state-owned-enterprise" | "enterprise" | "other";
            /** Format: uuid */
            scenarioId: string;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
        };
        ScenarioProcurementAnswer: {
            /** @description null: not recorded yet */
            procurement: components["schemas"]["ScenarioProcurement"] | null;
        };
        /** @description 一项修改 One field of the profile before and after */
        ScenarioProfileChange: {
            after: unknown;
            before: unknown;
            /** @description title, description, tier, district, budget, sandbox, tags, contacts or coOwnerUnits */
            field: string;
        };
        /** @description 场景档案已修改 The scenario after the edit, with what changed */
        ScenarioProfileEdited: {
            /** @description The aspect of the domain in the scenario’s taxonomy version */
            aspectCode: string;
            budget?: components["schemas"]["ScenarioBudget"];
            budgetReserve: components["schemas"]["ScenarioBudgetReserve"];
            /** @description What this edit changed (empty: nothing did, no revision was made) */
            changes: components["schemas"]["ScenarioProfileChange"][];
            contacts: components["schemas"]["ScenarioContact"][];
            /** @description 共同牵头单位 Co-owner units (Chongqing or Sichuan), by their Chinese names */
            coOwnerUnits: string[];
            description?: {
                en?: string;
                zh?: string;
            };
            district?: string;
            domainCode: string;
            /** Format: uuid */
            id: string;
            /** @description 成渝 joint scenario (跨区域): some co-owner unit is of another region than the owner unit */
            joint: boolean;
            /** @enum {string} */
            ownerType: "municipal-department" | "district" | "municipal-soe" | "enterprise" | "university-institute";
            ownerUnit: string;
            /** @description 1 at registration, bumped by every change of the profile; send it back as `expectedRevision` when editing */
            profileRevision: number;
            /** Format: date-time */
            registeredAt: string;
            /** @description The user id of who registered it; null for scenarios registered before registration needed sign-in */
            registeredBy: string | null;
            /** @description True when the coordinator or an admin registered it for a unit they do not belong to */
            registeredOnBehalf: boolean;
            sandbox?: {
                needed: boolean;
                reason?: string;
            };
            /** @description The lifecycle stage as last reported by the workflow; null until it has started */
            stage: string | null;
            stageChangedAt: string | null;
            stageSequence: number | null;
            tags: string[];
            taxonomyVersion: components["schemas"]["TaxonomyVersionId"];
            /** @enum {string} */
            tier: "comprehensive-major" | "industry-integrated" | "high-value-niche";
            title: components["schemas"]["ScenarioTitle"];
        };
        /** @description 修改记录 One change of the profile, who made it and when */
        ScenarioProfileRevision: {
            /** Format: date-time */
            changedAt: string;
            changedBy: string;
            changes: components["schemas"]["ScenarioProfileChange"][];
            revision: number;
        };
        /** @description 场景档案修改记录 The profile’s changes, newest first */
        ScenarioProfileRevisions: {
            items: components["schemas"]["ScenarioProfileRevision"][];
        };
        /** @description 已登记 The registered scenario with its near-duplicates */
        ScenarioRegistered: {
            /** @description The aspect of the domain in the scenario’s taxonomy version */
            aspectCode: string;
            budget?: components["schemas"]["ScenarioBudget"];
            budgetReserve: components["schemas"]["ScenarioBudgetReserve"];
            contacts: components["schemas"]["ScenarioContact"][];
            /** @description 共同牵头单位 Co-owner units (Chongqing or Sichuan), by their Chinese names */
            coOwnerUnits: string[];
            description?: {
                en?: string;
                zh?: string;
            };
            district?: string;
            domainCode: string;
            /** Format: uuid */
            id: string;
            /** @description 成渝 joint scenario (跨区域): some co-owner unit is of another region than the owner unit */
            joint: boolean;
            nearDuplicates: components["schemas"]["ScenarioNearDuplicate"][];
            /** @enum {string} */
            ownerType: "municipal-department" | "district" | "municipal-soe" | "enterprise" | "university-institute";
            ownerUnit: string;
            /** @description 1 at registration, bumped by every change of the profile; send it back as `expectedRevision` when editing */
            profileRevision: number;
            /** Format: date-time */
            registeredAt: string;
            /** @description The user id of who registered it; null for scenarios registered before registration needed sign-in */
            registeredBy: string | null;
            /** @description True when the coordinator or an admin registered it for a unit they do not belong to */
            registeredOnBehalf: boolean;
            sandbox?: {
                needed: boolean;
                reason?: string;
            };
            /** @description The lifecycle stage as last reported by the workflow; null until it has started */
            stage: string | null;
            stageChangedAt: string | null;
            stageSequence: number | null;
            tags: string[];
            taxonomyVersion: components["schemas"]["TaxonomyVersionId"];
            /** @enum {string} */
            tier: "comprehensive-major" | "industry-integrated" | "high-value-niche";
            title: components["schemas"]["ScenarioTitle"];
        };
        /** @description 阶段计数 How many scenarios of a search are in each stage */
        ScenarioStageCounts: {
            byStage: {
                count: number;
                /** @description null: the workflow has not started it yet */
                stage: string | null;
            }[];
            total: number;
        };
        /** @description 标题 A scenario title in Chinese (and English) */
        ScenarioTitle: {
            en?: string;
            zh: string;
        };
        /** @description 检索结果 A scenario found */
        SearchHit: {
            aspectCode: string;
            district: string | null;
            domainCode: string;
            /** @description The first characters of the description (zh, else en) */
            excerpt: string | null;
            /** Format: uuid */
            id: string;
            /** @description 成渝联合场景 A Chengdu–Chongqing joint scenario (a co-owner unit of another region) */
            joint: boolean;
            /** @description Where the text matched: the title, or elsewhere; null when listing by filters only */
            matched: ("title" | "text") | null;
            /** @enum {string} */
            ownerType: "municipal-department" | "district" | "municipal-soe" | "enterprise" | "university-institute";
            ownerUnit: string;
            /** Format: date-time */
            registeredAt: string;
            /** @description 1 for a title match, 0.5 for a match elsewhere, 0 when listing by filters only */
            score: number;
            stage: string | null;
            tags: string[];
            taxonomyVersion: components["schemas"]["TaxonomyVersionId"];
            /** @enum {string} */
            tier: "comprehensive-major" | "industry-integrated" | "high-value-niche";
            title: components["schemas"]["ScenarioTitle"];
        };
        /** @description 检索结果 A page of scenarios found, title matches first, and how the query was understood */
        SearchHits: {
            items: components["schemas"]["SearchHit"][];
            /** @description Pass back as `after` (with the same query) for the next page; null on the last page */
            nextCursor: string | null;
            terms: components["schemas"]["SearchTerm"][];
        };
        /** @description 检索词 How a word of the query was understood */
        SearchTerm: {
            /** @enum {string} */
            kind: "phrase" | "han-prefix" | "prefix";
            lexemes: string[];
            text: string;
        };
        ServiceTasks: {
            items: components["schemas"]["TaskItem"][];
            truncated: boolean;
        };
        /** @description 年度目标 A year’s progress against the plan’s annual targets, with the 5% reserve compliance */
        TargetProgress: {
            /**
             * Format: date
             * @description The Beijing date the figures are as of
             */
            asOf: string;
            budgetReserve: components["schemas"]["TargetProgressBudgetReserve"];
            comprehensiveMajorScenarios: components["schemas"]["TargetProgressMetric"];
            /** @description 跨区域综合性重大场景: the comprehensive-major scenarios counted that are 成渝 joint scenarios (no annual target) */
            crossRegionalMajorScenarios: components["schemas"]["TargetProgressMetric"];
            matchmakingEvents: components["schemas"]["TargetProgressMetric"];
            scenarioOpportunities: components["schemas"]["TargetProgressMetric"];
            targets: {
                defined: boolean;
                note: string;
                source: components["schemas"]["TaxonomySourceQuote"] | null;
            };
            taxonomyVersion: components["schemas"]["TaxonomyVersionId"];
            year: number;
        };
        /** @description 分项 A count under one aspect or domain */
        TargetProgressBreakdownItem: {
            /** @description The aspect or domain code; null is the 未归类 (unclassified) line */
            code: string | null;
            count: number;
            enName: string;
            zhName: string;
        };
        /** @description 预留合规 How the year’s government-investment scenarios comply with the reserve minimum */
        TargetProgressBudgetReserve: {
            /** @description compliant / governmentInvestmentScenarios (0…1); null when there are none */
            complianceRate: number | null;
            compliant: number;
            governmentInvestmentScenarios: number;
            /** @description The plan’s minimum share (0…1); null when no version sets one */
            minimumShare: number | null;
            /** @description The version the minimum comes from */
            minimumShareVersion: components["schemas"]["TaxonomyVersionId"] | null;
            nonCompliant: number;
            nonCompliantScenarioIds: string[];
            rule: {
                en: string;
                zh: string;
            };
            source: components["schemas"]["TaxonomySourceQuote"] | null;
        };
        /** @description 区县 A count under one district */
        TargetProgressDistrictItem: {
            count: number;
            /** @description null counts what names no district (municipal level) */
            district: string | null;
        };
        /** @description 目标进度 Progress against one annual target, with breakdowns */
        TargetProgressMetric: {
            actual: number;
            byAspect: components["schemas"]["TargetProgressBreakdownItem"][];
            byDistrict: components["schemas"]["TargetProgressDistrictItem"][];
            byDomain: components["schemas"]["TargetProgressBreakdownItem"][];
            countingRule: {
                en: string;
                zh: string;
            };
            enName: string;
            /** @enum {string} */
            key: "comprehensiveMajorScenarios" | "matchmakingEvents" | "scenarioOpportunities" | "crossRegionalMajorScenarios";
            met: boolean | null;
            /** @description actual / target × 100, one decimal; null without a target */
            percent: number | null;
            /** @description The yearly minimum; null when the taxonomy version sets no annual targets */
            target: number | null;
            zhName: string;
        };
        TaskCount: {
            counts: components["schemas"]["TaskCounts"];
            /** @description The services that did not answer (their tasks are missing) or whose due dates could not be read; empty when complete */
            unavailable: {
                reason: string;
                source: string;
            }[];
        };
        /** @description All the caller’s tasks, whatever the filters: in total, overdue, by kind (the header badge) */
        TaskCounts: {
            byKind: {
                application: number;
                assessment: number;
                assignment: number;
                "batch-list": number;
                "factor-request": number;
                scenario: number;
            };
            overdue: number;
            total: number;
        };
        TaskItem: {
            action: {
                en: string;
                zh: string;
            };
            allowedEvents?: string[];
            deadlineIds?: string[];
            dueAt?: string | null;
            /** Format: starts_with */
            href: string;
            id: string;
            /** Format: uuid */
            instanceId?: string;
            /** @enum {string} */
            kind: "scenario" | "application" | "assessment" | "assignment" | "batch-list" | "factor-request";
            overdue: boolean;
            /** Format: date-time */
            since: string;
            subject: {
                id: string;
                kind: string;
            };
            title: {
                en: string;
                zh: string;
            };
            unit?: string | null;
            workingDaysLeft?: number | null;
        };
        TaskList: {
            counts: components["schemas"]["TaskCounts"];
            /** @description Overdue first, then by due date (undated last), then the longest waiting */
            items: components["schemas"]["TaskItem"][];
            /** @description More tasks match than `items` shows (or a service left some out) */
            truncated: boolean;
            /** @description The services that did not answer (their tasks are missing) or whose due dates could not be read; empty when complete */
            unavailable: {
                reason: string;
                source: string;
            }[];
        };
        /** @description 年度目标 The plan’s annual targets (yearly minimums) */
        TaxonomyAnnualTargets: {
            comprehensiveMajorScenarios: number;
            matchmakingEvents: number;
            scenarioOpportunities: number;
            source: components["schemas"]["TaxonomySourceQuote"];
        };
        /** @description 方面 An aspect the domains are grouped under */
        TaxonomyAspect: {
            code: string;
            enName: string;
            /** @description (一)…(五) as in the plan */
            numeral: string;
            /** @description A short label for tables and menus */
            zhLabel: string;
            zhName: string;
        };
        /** @description 方面 An aspect with its domains and their responsible units */
        TaxonomyAspectOverview: {
            code: string;
            domains: components["schemas"]["TaxonomyDomain"][];
            enName: string;
            /** @description (一)…(五) as in the plan */
            numeral: string;
            /** @description A short label for tables and menus */
            zhLabel: string;
            zhName: string;
        };
        /** @description 方面 The aspects of a version, in the plan’s order */
        TaxonomyAspects: components["schemas"]["TaxonomyAspect"][];
        /** @description 统筹单位 The unit that coordinates the plan */
        TaxonomyCoordinator: {
            duties: {
                en: string;
                zh: string;
            }[];
            source: components["schemas"]["TaxonomySourceQuote"];
            /** @description The unit’s zh name */
            unit: string;
        };
        /** @description 领域 A domain with its responsible units */
        TaxonomyDomain: {
            /** @description The code of the aspect the domain belongs to */
            aspect: string;
            code: string;
            /** @description Derived versions only: the codes of the domains it comes from */
            derivedFrom?: string[];
            enName: string;
            /** @description 1-based position in the version’s list */
            number: number;
            responsibleUnits: components["schemas"]["TaxonomyUnit"][];
            /** @description Derived versions only: phrases of the source that point at the domain */
            sourceMentions?: string[];
            zhName: string;
        };
        /** @description 领域 A domain, its responsible units by zh name */
        TaxonomyDomainEntry: {
            /** @description The code of the aspect the domain belongs to */
            aspect: string;
            code: string;
            /** @description Derived versions only: the codes of the domains it comes from */
            derivedFrom?: string[];
            enName: string;
            /** @description 1-based position in the version’s list */
            number: number;
            /** @description The responsible units’ zh names, in the source’s order */
            responsibleUnits: string[];
            /** @description Derived versions only: phrases of the source that point at the domain */
            sourceMentions?: string[];
            zhName: string;
        };
        /** @description 领域 Domains with their responsible units */
        TaxonomyDomains: components["schemas"]["TaxonomyDomain"][];
        /** @description 机制 A cross-cutting mechanism of the plan */
        TaxonomyMechanism: {
            chapter: string;
            code: string;
            enTitle: string;
            instruments: string[];
            numeral: string;
            /** @description The responsible units’ zh names */
            responsibleUnits: string[];
            zhTitle: string;
        };
        /** @description 机制 The mechanisms of a version */
        TaxonomyMechanisms: components["schemas"]["TaxonomyMechanism"][];
        /** @description 分类总览 A version: aspects with their domains and units, coordinator, plan targets */
        TaxonomyOverview: {
            aspects: components["schemas"]["TaxonomyAspectOverview"][];
            coordinator: components["schemas"]["TaxonomyCoordinator"];
            planTargets: components["schemas"]["TaxonomyPlanTargets"];
            version: components["schemas"]["TaxonomyVersionId"];
        };
        /** @description 规划目标 The plan facts of a version */
        TaxonomyPlanTargets: {
            annualTargets: components["schemas"]["TaxonomyAnnualTargets"] | null;
            annualTargetsNote: string;
            /** @description 0…1; null when the version sets none */
            budgetReserveMinShare: number | null;
            budgetReserveSource: components["schemas"]["TaxonomySourceQuote"] | null;
            scenarioTiers: components["schemas"]["TaxonomyScenarioTier"][];
            targetYear: number;
            targetYearSource: components["schemas"]["TaxonomySourceQuote"];
        };
        /** @description 场景层级 A scenario tier the plans speak of */
        TaxonomyScenarioTier: {
            /** @enum {string} */
            code: "comprehensive-major" | "industry-integrated" | "high-value-niche";
            enName: string;
            note: string;
            requirementSource?: {
                document: string;
                wording: string;
            };
            sources: components["schemas"]["TaxonomySourceQuote"][];
            zhName: string;
        };
        /** @description 原文出处 A verbatim quote from a source document */
        TaxonomySourceQuote: {
            quote: string;
            /** @description The seed document the quote comes from */
            seed: string;
        };
        /** @description 责任单位 A responsible unit */
        TaxonomyUnit: {
            /** @description Other short names the sources use for the unit */
            aliases?: string[];
            code: string;
            enName: string;
            /** @description The official name, e.g. 重庆市发展和改革委员会 */
            fullName: string;
            /**
             * @description 重庆 or 四川: a co-owner of another region makes a scenario a 成渝 joint scenario
             * @enum {string}
             */
            region: "重庆" | "四川";
            zhName: string;
        };
        /** @description 单位领域 A unit and the domains it is responsible for */
        TaxonomyUnitDomains: {
            domains: components["schemas"]["TaxonomyDomainEntry"][];
            unit: components["schemas"]["TaxonomyUnit"];
        };
        /** @description 责任单位 The units of a version */
        TaxonomyUnits: components["schemas"]["TaxonomyUnit"][];
        /** @description 分类版本 A taxonomy version with its counts */
        TaxonomyVersion: {
            /** @description How many aspects the version has */
            aspects: number;
            /** @description true when (part of) the data is derived from another version */
            derived: boolean;
            derivedFrom: {
                assumptions: string[];
                version: components["schemas"]["TaxonomyVersionId"];
            } | null;
            /** @description How many domains the version has */
            domains: number;
            enTitle: string;
            id: components["schemas"]["TaxonomyVersionId"];
            /** @description Where the data comes from (zh and en) */
            source: string;
            targetYear: number;
            zhTitle: string;
        };
        /**
         * @description 分类版本 A taxonomy version id
         * @enum {string}
         */
        TaxonomyVersionId: "2025-draft" | "2026-final";
        /** @description 分类版本 The taxonomy versions, oldest first */
        TaxonomyVersions: components["schemas"]["TaxonomyVersion"][];
        UpdateOrganisationRequest: {
            aliases?: string[];
            /** @enum {string} */
            kind?: "enterprise" | "state-owned-enterprise" | "university" | "research-institute" | "government" | "social-organisation" | "other";
            name?: string;
            nameEn?: string;
            uscc?: string | null;
        };
        UpdateUserRequest: {
            displayName?: {
                /** @default  */
                en?: string;
                zh: string;
            };
            district?: string | null;
            organisationId?: string | null;
            roles?: ("applicant" | "officer" | "coordinator" | "evaluator" | "leadership" | "auditor" | "admin")[];
            unit?: string | null;
        };
        User: {
            /** @description a district officer’s district */
            district: string | null;
            id: string;
            name: string;
            organisation: string | null;
            roles: ("applicant" | "officer" | "coordinator" | "evaluator" | "leadership" | "auditor" | "admin")[];
            /** @description responsible unit (Chinese name), officers and coordinators */
            unit: string | null;
        };
        UserPage: {
            items: components["schemas"]["DirectoryUser"][];
            /** @description cursor of the next page */
            next: string | null;
        };
        UserWithTemporaryPassword: {
            /** @description shown once: give it to the person; it must be changed at first sign-in */
            temporaryPassword: string;
            user: components["schemas"]["DirectoryUser"];
        };
        /** @description The context of an application lifecycle */
        WorkflowApplicationContext: {
            /** Format: uuid */
            applicationId: string;
            /** @description The expert assessment the latest review decision rests on */
            assessmentId: string | null;
            /** @description The armed deadlines: name → id (`revision` → `revision-3`) */
            deadlines: {
                [key: string]: string;
            };
            /** @description How many deadlines were armed so far */
            deadlineSeq: number;
            objections: string[];
            rejectionReason: string | null;
            revisionReason: string | null;
            /** Format: uuid */
            scenarioId: string;
            withdrawnBy: ("applicant" | "revision-expired") | null;
        };
        /** @description The application (申报/揭榜) an application lifecycle is about */
        WorkflowApplicationSubject: {
            /** @description The applicant’s user id (applications; null for scenarios) */
            applicantId: string | null;
            /** Format: uuid */
            applicationId: string;
            assignedEvaluators: string[];
            /** @description 场景创新联合体 The consortium with its members and their roles, as when the application was opened */
            consortium?: {
                /** Format: uuid */
                consortiumId: string;
                members: {
                    contribution: string;
                    kind: string;
                    organisation: string;
                    /** @enum {string} */
                    role: "lead" | "member";
                }[];
                name: {
                    en?: string;
                    zh: string;
                };
            };
            /**
             * Format: uuid
             * @description The consortium the application is made by
             */
            consortiumId?: string;
            /** @description 区县 The district, when the scenario is local */
            district: string | null;
            domainCode: string;
            /** @constant */
            kind: "application";
            /** @description The unit that proposed the scenario */
            ownerUnit: string | null;
            /** @description The organisations the application is from (the applicant’s; with a consortium, every other member as `member`); absent on applications opened before they were recorded */
            parties?: {
                organisation: string;
                /** @enum {string} */
                role: "applicant" | "member";
            }[];
            /** @description 责任单位 The units responsible for the domain (Chinese names) */
            responsibleUnits: string[];
            /** Format: uuid */
            scenarioId: string;
            /** @description The scenario’s title as registered (absent on lifecycles started before titles were kept) */
            title?: {
                en?: string;
                zh: string;
            };
        };
        /** @description The verification of an instance’s history: keyed links, anchored heads, authorisation of each event, replay */
        WorkflowAuditReport: {
            anchors: {
                /** @description Anchored heads of this instance checked */
                checked: number;
                /** @description The newest anchor of the service */
                latest: number | null;
            };
            /** @description One verdict per history row */
            entries: {
                keyId: string | null;
                /** @description Why, in Chinese and English */
                problems: string[];
                sequence: number;
                /**
                 * @description `ok`; `legacy-unkeyed` (weaker, not tampered); `link-mismatch` (changed, inserted or downgraded); `unknown-key`; `anchor-mismatch` (differs from an anchored link); `not-authorised` (the recorded actor could not have sent it)
                 * @enum {string}
                 */
                verdict: "link-mismatch" | "unknown-key" | "anchor-mismatch" | "not-authorised" | "legacy-unkeyed" | "ok";
            }[];
            /** Format: uuid */
            instanceId: string;
            /**
             * @description How strong the links are: all keyed, some or all legacy (plain SHA-256, which anyone can recompute)
             * @enum {string}
             */
            integrity: "keyed" | "partly-legacy" | "legacy-unkeyed";
            /** @description Every link holds, every anchor is reached, every event was allowed, and the history replays */
            ok: boolean;
            /** @description Problems of the chain as a whole, of rows that are gone, and of the anchors */
            problems: {
                /**
                 * @description `anchor-missing`: an anchored row is gone (a deleted tail)
                 * @enum {string}
                 */
                code: "sequence-gap" | "length-mismatch" | "head-mismatch" | "anchor-missing" | "anchor-invalid";
                problem: string;
                /** @description The row, or null for the chain as a whole */
                sequence: number | null;
            }[];
            /** @description The history replayed through the machines reproduces the stored state */
            replay: {
                ok: boolean;
                problem?: string;
                stage: string | null;
            };
            /** @description History rows read */
            rows: number;
        };
        /** @description One row of an instance’s append-only, hash-chained history */
        WorkflowHistoryEntry: {
            actor: {
                id: string;
                /** @description Absent on rows written before keyed links */
                organisation?: string | null;
                roles: string[];
                unit: string | null;
            };
            correlationId: string;
            /** @description The event and its payload (`start`: its input; `migrate`: the versions and snapshot) */
            event: {
                type: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The stage left (null for the start) */
            from: string | null;
            /** @description This row’s link: HMAC-SHA256 with the chain key over the previous link and the row’s facts */
            hash: string;
            /** Format: uuid */
            instanceId: string;
            /** @description The chain key the link was made with (null: a legacy row linked by plain SHA-256) */
            keyId: string | null;
            /** @enum {string} */
            kind: "start" | "transition" | "migration";
            machineId: string;
            machineVersion: number;
            /** Format: date-time */
            occurredAt: string;
            /** @description The link of the row before */
            previousHash: string;
            reason: string | null;
            sequence: number;
            /** @description What authorisation knew of the subject when the event was sent (null on rows written before keyed links) */
            subject: {
                [key: string]: unknown;
            } | null;
            to: string;
        };
        /** @description A lifecycle instance as listed */
        WorkflowInstance: {
            /** @description The events this caller may send now (empty without a caller) */
            allowedEvents: string[];
            /** Format: date-time */
            createdAt: string;
            /** @description The hash of the last history row */
            historyHead: string;
            historyLength: number;
            /** Format: uuid */
            id: string;
            /**
             * @description The lifecycle machine
             * @enum {string}
             */
            machineId: "scenario-lifecycle" | "application-lifecycle";
            machineVersion: number;
            snapshot: components["schemas"]["WorkflowSnapshot"];
            /** @description `proposed`, or `operating.piloting.sandbox` for a nested state */
            stage: string;
            subject: components["schemas"]["WorkflowSubject"];
            /**
             * Format: uuid
             * @description The scenario or application id
             */
            subjectId: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Optimistic-concurrency version (`expectedVersion`) */
            version: number;
        };
        /** @description A page of lifecycle instances, in creation order */
        WorkflowInstancePage: {
            items: components["schemas"]["WorkflowInstance"][];
            /** @description `after` for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @description An instance: stage, history and the events the caller may send */
        WorkflowInstanceView: {
            /** @description The events the current stage accepts, before authorisation */
            acceptedEvents: string[];
            /** @description The events this caller may send now (empty without a caller) */
            allowedEvents: string[];
            /** Format: date-time */
            createdAt: string;
            history: components["schemas"]["WorkflowHistoryEntry"][];
            /** @description The hash of the last history row */
            historyHead: string;
            historyLength: number;
            /** Format: uuid */
            id: string;
            /**
             * @description The lifecycle machine
             * @enum {string}
             */
            machineId: "scenario-lifecycle" | "application-lifecycle";
            machineVersion: number;
            snapshot: components["schemas"]["WorkflowSnapshot"];
            /** @description `proposed`, or `operating.piloting.sandbox` for a nested state */
            stage: string;
            subject: components["schemas"]["WorkflowSubject"];
            /**
             * Format: uuid
             * @description The scenario or application id
             */
            subjectId: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Optimistic-concurrency version (`expectedVersion`) */
            version: number;
        };
        WorkflowMachine: {
            /**
             * @description The lifecycle machine
             * @enum {string}
             */
            id: "scenario-lifecycle" | "application-lifecycle";
            /** @description The path of its statechart */
            statechart: string;
            /** @description The current version */
            version: number;
        };
        /** @description The lifecycle machines and their current versions */
        WorkflowMachineList: components["schemas"]["WorkflowMachine"][];
        /** @description The context of a scenario lifecycle */
        WorkflowScenarioContext: {
            /** @description The approved application the scenario is matched with */
            applicationId: string | null;
            /** @description The latest assessment per gate */
            assessments: {
                effectiveness?: {
                    assessmentId: string;
                    passed: boolean;
                };
                recognition?: {
                    assessmentId: string;
                    passed: boolean;
                };
            };
            batchId: string | null;
            /** @description The armed deadlines: name → id (`revision` → `revision-3`) */
            deadlines: {
                [key: string]: string;
            };
            /** @description How many deadlines were armed so far */
            deadlineSeq: number;
            exemption: {
                granted: boolean;
                reason: string;
            } | null;
            incident: {
                description: string;
                /** @enum {string} */
                severity: "general" | "serious" | "major" | "critical";
            } | null;
            rejectionReason: string | null;
            sandbox: {
                conditions: string[];
                /** Format: date */
                expiresOn: string;
                indicators: ({
                    key: string;
                    name: {
                        en: string;
                        zh: string;
                    };
                    /** @description A value above `max` or below `min` opens the sandbox re-review */
                    threshold: {
                        max?: number;
                        min?: number;
                    };
                    unit: string;
                } | string)[];
                /** @description The latest reading per indicator key */
                readings?: {
                    [key: string]: {
                        indicatorKey: string;
                        note: string | null;
                        /** Format: date */
                        observedOn: string;
                        value: number;
                    };
                };
            } | null;
            /** Format: uuid */
            scenarioId: string;
            terminationReason: string | null;
        };
        /** @description The scenario a scenario lifecycle is about */
        WorkflowScenarioSubject: {
            /** @description The applicant’s user id (applications; null for scenarios) */
            applicantId: string | null;
            assignedEvaluators: string[];
            /** @description 区县 The district, when the scenario is local */
            district: string | null;
            domainCode: string;
            /** @constant */
            kind: "scenario";
            /** @description The unit that proposed the scenario */
            ownerUnit: string | null;
            /** @description 责任单位 The units responsible for the domain (Chinese names) */
            responsibleUnits: string[];
            /** Format: uuid */
            scenarioId: string;
            taxonomyVersion: string;
            /** @description The scenario’s title as registered (absent on lifecycles started before titles were kept) */
            title?: {
                en?: string;
                zh: string;
            };
        };
        /** @description The machine’s state as stored */
        WorkflowSnapshot: {
            context: components["schemas"]["WorkflowScenarioContext"] | components["schemas"]["WorkflowApplicationContext"];
            /** @description The states remembered by history nodes, once such a state was left */
            historyValue?: {
                [key: string]: {
                    id: string;
                }[];
            };
            value: components["schemas"]["WorkflowStateValue"];
        };
        /** @description A machine’s statechart, generated from its definition */
        WorkflowStatechart: {
            /** @description The marked stage */
            current: string | null;
            machineId: string;
            root: components["schemas"]["WorkflowStatechartNode"];
            version: number;
        };
        /** @description A state and its transitions and children */
        WorkflowStatechartNode: {
            children: components["schemas"]["WorkflowStatechartNode"][];
            /** @description On the marked stage */
            current: boolean;
            /** @description The path of the initial child state */
            initial: string | null;
            key: string;
            label: {
                en?: string;
                zh?: string;
            } | null;
            /** @description Dotted path from the root (`piloting.sandbox`; empty for the root) */
            path: string;
            transitions: {
                /** @description The event, or `(always)` */
                event: string;
                guarded: boolean;
                targets: string[];
            }[];
            /** @enum {string} */
            type: "atomic" | "compound" | "parallel" | "final" | "history";
        };
        /** @description XState state value: `proposed`, or `{ "operating": { "piloting": "regular" } }` for a nested state */
        WorkflowStateValue: string | {
            [key: string]: components["schemas"]["WorkflowStateValue"];
        };
        WorkflowSubject: components["schemas"]["WorkflowScenarioSubject"] | components["schemas"]["WorkflowApplicationSubject"];
        /** @description A date N working days later */
        WorkingDaysAnswer: {
            add: number;
            /** @description the add-th working day after from (add = 0: from) */
            date: string;
            /** @description YYYY-MM-DD, Asia/Shanghai */
            from: string;
            /** @description true when every year counted has an official State Council holiday notice */
            official: boolean;
            /** @description years counted Monday–Friday because their notice is not loaded yet */
            unofficialYears: number[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAdminOrganisations: {
        parameters: {
            query?: {
                kind?: "enterprise" | "state-owned-enterprise" | "university" | "research-institute" | "government" | "social-organisation" | "other";
                /** @description part of the name, an alias or the code */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up to 500 organisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationList"];
                };
            };
            /** @description Bad filter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Neither admin nor coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Invalid fields (统一社会信用代码 check character) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Neither admin nor coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A name, alias or code another organisation uses */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAdminOrganisationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationRequest"];
            };
        };
        responses: {
            /** @description As now stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Neither admin nor coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A name, alias or code another organisation uses */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminUsers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description part of the username or display name */
                q?: string;
                role?: "applicant" | "officer" | "coordinator" | "evaluator" | "leadership" | "auditor" | "admin";
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of people */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Bad filter or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description Created, with the temporary password */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithTemporaryPassword"];
                };
            };
            /** @description Invalid fields (unknown unit, district or organisation, a role without what it needs) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Username taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryUser"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAdminUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The person as now stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryUser"];
                };
            };
            /** @description Invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The last administrator would lose the role */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminUsersByIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disabled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryUser"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Yourself, or the last administrator */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminUsersByIdEnable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enabled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryUser"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminUsersByIdPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithTemporaryPassword"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The person signs in through single sign-on and has no password (SINGLE_SIGN_ON_ACCOUNT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditEntries: {
        parameters: {
            query?: {
                /** @description 账号 ID 或用户名 Account id or username (case-insensitive); for sign-in attempts, the username tried */
                actor?: string;
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                /** @description 起始时间（含） From this time on (inclusive) */
                from?: string;
                /** @description 每页条数 Items per page (default 50, at most 500) */
                limit?: number;
                /** @description HTTP 方法 HTTP method */
                method?: "POST" | "PUT" | "PATCH" | "DELETE";
                /** @description 操作或路径包含 Part of the operation (`POST /api/scenarios/{id}/transitions`) or of the path, case-insensitive */
                operation?: string;
                /** @description 结果 `succeeded` (below 400), `failed` (400 and above, or no answer), a class (`4xx`) or a status (`403`) */
                result?: string;
                /** @description 调用者的角色 A role the caller held */
                role?: "applicant" | "officer" | "coordinator" | "evaluator" | "leadership" | "auditor" | "admin";
                /** @description 对象 ID An id the request acted on (a path parameter or a created id) */
                target?: string;
                /** @description 截止时间（不含） Before this time (exclusive) */
                to?: string;
                /** @description 调用者的单位 The caller’s unit, as written in the token */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description Invalid filters (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Neither auditor nor admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditEntriesCsv: {
        parameters: {
            query?: {
                /** @description 账号 ID 或用户名 Account id or username (case-insensitive); for sign-in attempts, the username tried */
                actor?: string;
                /** @description 起始时间（含） From this time on (inclusive) */
                from?: string;
                /** @description HTTP 方法 HTTP method */
                method?: "POST" | "PUT" | "PATCH" | "DELETE";
                /** @description 操作或路径包含 Part of the operation (`POST /api/scenarios/{id}/transitions`) or of the path, case-insensitive */
                operation?: string;
                /** @description 结果 `succeeded` (below 400), `failed` (400 and above, or no answer), a class (`4xx`) or a status (`403`) */
                result?: string;
                /** @description 调用者的角色 A role the caller held */
                role?: "applicant" | "officer" | "coordinator" | "evaluator" | "leadership" | "auditor" | "admin";
                /** @description 对象 ID An id the request acted on (a path parameter or a created id) */
                target?: string;
                /** @description 截止时间（不含） Before this time (exclusive) */
                to?: string;
                /** @description 调用者的单位 The caller’s unit, as written in the token */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                };
            };
            /** @description Invalid filters (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Neither auditor nor admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthAccounts: {
        parameters: {
            query: {
                /** @description the role the accounts hold */
                role: "applicant" | "officer" | "coordinator" | "evaluator" | "leadership" | "auditor" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accounts, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountList"];
                };
            };
            /** @description Unknown role */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Neither coordinator nor admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts (with Retry-After): for this address and username, from this address, or for this account (temporarily locked) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many sign-ins at once in this gateway process (with Retry-After: 1) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or the session had already ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthOidc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description On or off */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcStatus"];
                };
            };
        };
    };
    getAuthOidcCallback: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                error_description?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: to `/sso#handoff=<one-time code>` (the console exchanges it at `POST /api/auth/oidc/handoff`); refused: to `/?sso_error=<code>` (SSO_STATE_INVALID, SSO_PROVIDER_REFUSED, SSO_PROVIDER_ERROR, SSO_NO_ROLE, SSO_ASSIGNMENT_INCOMPLETE, SSO_ACCOUNT_DISABLED) */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Single sign-on is off (SSO_DISABLED) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthOidcHandoff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcHandoffRequest"];
            };
        };
        responses: {
            /** @description Signed in: the same answer as a password sign-in, and the path to return to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcHandoffResponse"];
                };
            };
            /** @description No code */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, used or expired code (SSO_HANDOFF_INVALID), or the account was disabled meanwhile */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Single sign-on is off (SSO_DISABLED) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthOidcLogin: {
        parameters: {
            query?: {
                /** @description the console path to land on after signing in (a path of this site; anything else means /) */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider’s authorisation endpoint (with state, nonce and an S256 code challenge); to `/?sso_error=SSO_PROVIDER_UNAVAILABLE` when the provider cannot be reached */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Single sign-on is off (SSO_DISABLED) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed: a new access token without the change requirement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Too short, or the same as the current password or the username (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or the current password is wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many password checks at once: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Refreshed: the user as the directory has them now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description No refresh token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, expired or ended (REFRESH_TOKEN_INVALID); used before: the session is ended (REFRESH_TOKEN_REUSED); the account is disabled */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Used a moment ago by another request (REFRESH_TOKEN_JUST_USED): use the newer one */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBatchLists: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
                number?: string;
                status?: "draft" | "published" | "superseded";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of lists: `items` and `nextCursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchListPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBatchLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostBatchListsRequest"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBatchListsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putBatchListsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutBatchListsByIdRequest"];
            };
        };
        responses: {
            /** @description The list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteBatchListsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBatchListsByIdDiff: {
        parameters: {
            query?: {
                against?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Added, removed and changed items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchListDiff"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBatchListsByIdExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx" | "json";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment (`format=json`: the list as `GET /api/batch-lists/:id` answers it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv; charset=utf-8": unknown;
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBatchListsByIdItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostBatchListsByIdItemsRequest"];
            };
        };
        responses: {
            /** @description The list */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putBatchListsByIdItemsByScenarioId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutBatchListsByIdItemsByScenarioIdRequest"];
            };
        };
        responses: {
            /** @description The list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteBatchListsByIdItemsByScenarioId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchList"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBatchListsByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PostBatchListsByIdPublishRequest"];
            };
        };
        responses: {
            /** @description The published list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBatchListsByIdRevisions: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of revisions: `items` and `nextCursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchListPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBatchListsByIdRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PostBatchListsByIdRevisionsRequest"];
            };
        };
        responses: {
            /** @description The revision draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The year (`official: false` when no notice is loaded) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYear"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCalendarByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HolidayNoticeFile"];
            };
        };
        responses: {
            /** @description The year as now counted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYear"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 该年份由代码登记 The year is registered in code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarWorkingDays: {
        parameters: {
            query: {
                add: number;
                from: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The date, and whether it relied on years without official data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDaysAnswer"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDemandLists: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
                open?: "true" | "false";
                opportunityId?: string;
                ownerUnit?: string;
                q?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of lists: `items` and `nextCursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandListPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDemandLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostDemandListsRequest"];
            };
        };
        responses: {
            /** @description The list */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDemandListsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list with its opportunities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandListDetail"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDirectoryDistricts: {
        parameters: {
            query?: {
                version?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version asked for, else the current one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictDirectory"];
                };
            };
            /** @description No such version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API document as HTML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": unknown;
                };
            };
        };
    };
    getDocsOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1 (services that did not answer are listed in `x-missing`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
        };
    };
    getEmploymentRisk: {
        parameters: {
            query?: {
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentRiskDashboard"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEmploymentRiskThresholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thresholds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentRiskThresholds"];
                };
            };
        };
    };
    getEvaluationAssessments: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                domain?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
                purpose?: "recognition" | "effectiveness" | "application-review";
                stage?: string;
                subject?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of assessments in order of creation (`items`, `nextCursor`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationAssessmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessment as the caller may see it (blind: an evaluator sees only their own marks before submitting) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postEvaluationAssessmentsByIdAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessment as the caller may see it (blind: an evaluator sees only their own marks before submitting) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationAssessmentsByIdConsensus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scores and consensus */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentConsensus"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postEvaluationAssessmentsByIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostEvaluationAssessmentsByIdDeclineRequest"];
            };
        };
        responses: {
            /** @description The assessment as the caller may see it (blind: an evaluator sees only their own marks before submitting) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postEvaluationAssessmentsByIdPanelDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostEvaluationAssessmentsByIdPanelDecisionRequest"];
            };
        };
        responses: {
            /** @description The assessment as the caller may see it (blind: an evaluator sees only their own marks before submitting) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postEvaluationAssessmentsByIdRecuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostEvaluationAssessmentsByIdDeclineRequest"];
            };
        };
        responses: {
            /** @description The assessment as the caller may see it (blind: an evaluator sees only their own marks before submitting) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postEvaluationAssessmentsByIdScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostEvaluationAssessmentsByIdScoresRequest"];
            };
        };
        responses: {
            /** @description The assessment as the caller may see it (blind: an evaluator sees only their own marks before submitting) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationAssignmentsMine: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of assignments, newest first (`items`, `nextCursor`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentAssignmentPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationCalibration: {
        parameters: {
            query?: {
                minAssessments?: number;
                purpose?: "recognition" | "effectiveness" | "application-review";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calibration report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationReport"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationEvaluators: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                available?: "true" | "false";
                domain?: string;
                includeRetired?: "true" | "false";
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of evaluators in id order (`items`, `nextCursor`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postEvaluationEvaluators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostEvaluationEvaluatorsRequest"];
            };
        };
        responses: {
            /** @description The evaluator */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluator"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationEvaluatorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evaluator with their load and declared conflicts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorDetail"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEvaluationEvaluatorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Retired */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchEvaluationEvaluatorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchEvaluationEvaluatorsByIdRequest"];
            };
        };
        responses: {
            /** @description The evaluator */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluator"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationEvaluatorsByIdConflicts: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of declarations in order of declaration (`items`, `nextCursor`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorConflictPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postEvaluationEvaluatorsByIdConflicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostEvaluationEvaluatorsByIdConflictsRequest"];
            };
        };
        responses: {
            /** @description The conflict */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorConflict"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEvaluationEvaluatorsByIdConflictsByConflictId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conflictId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationOrganisations: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organisations in id order (`items`, `nextCursor`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationOrganisationPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putEvaluationOrganisationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutEvaluationOrganisationsByIdRequest"];
            };
        };
        responses: {
            /** @description The organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationOrganisation"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationRubrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `items` and `purposes` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricList"];
                };
            };
        };
    };
    getEvaluationRubricsByRubricId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                rubricId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rubric with its versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricWithVersions"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationTasks: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceTasks"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFactorKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The kinds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactorKindList"];
                };
            };
        };
    };
    getFactorRequests: {
        parameters: {
            query?: {
                as?: "responsible" | "owner";
                kind?: "land" | "data" | "talent" | "technology" | "spectrum" | "airspace" | "energy" | "environment";
                limit?: number;
                status?: "awaiting-answer" | "answered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactorRequestList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFactorRequestsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactorRequest"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postFactorRequestsByIdAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostFactorRequestsByIdAnswerRequest"];
            };
        };
        responses: {
            /** @description The answered request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactorRequest"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFinancingTotals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingTotals"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMatchmakingEvents: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                district?: string;
                kind?: "roadshow" | "matchmaking-meeting" | "open-call" | "launch" | "exhibition" | "competition" | "other";
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
                opportunityId?: string;
                organiserUnit?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events: `items` and `nextCursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchmakingEventPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMatchmakingEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMatchmakingEventsRequest"];
            };
        };
        responses: {
            /** @description The event */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchmakingEvent"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMatchmakingEventsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchmakingEvent"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMatchmakingEventsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchMatchmakingEventsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchMatchmakingEventsByIdRequest"];
            };
        };
        responses: {
            /** @description The event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchmakingEvent"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationsArmedDeadlines: {
        parameters: {
            query: {
                instances: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `items`: the armed deadlines, soonest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArmedDeadlineList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationsDeadlines: {
        parameters: {
            query: {
                instance: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `items`: deadlines with their reminders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationsDeadlinesByDeadlineId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deadlineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deadline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deadline"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationsDeliveries: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                channel?: "in-app" | "email" | "webhook";
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
                recipient?: string;
                status?: "queued" | "sent" | "delivered" | "temporary-failure" | "permanent-failure";
                subject?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries, newest first (`items`, `nextCursor`), with their states and attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationsInbox: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
                scope?: "all" | "unit" | "user";
                /** @description `archived`: the archived messages only; the others leave them out */
                status?: "unread" | "read" | "all" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `items`, `nextCursor` and unread counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postNotificationsInboxByIdArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item and the unread counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxArchiveResult"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postNotificationsInboxByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item and the unread counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxReadResult"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postNotificationsInboxByIdUnarchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item and the unread counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxArchiveResult"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postNotificationsInboxReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PostNotificationsInboxReadAllRequest"];
            };
        };
        responses: {
            /** @description How many were marked and the unread counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxReadAllResult"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationsInboxUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unread counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxUnreadCounts"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationsPreferences: {
        parameters: {
            query?: {
                scope?: "user" | "unit";
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Language, email, webhook, digest, quiet hours */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putNotificationsPreferences: {
        parameters: {
            query?: {
                scope?: "user" | "unit";
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutNotificationsPreferencesRequest"];
            };
        };
        responses: {
            /** @description The preferences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postNotificationsReschedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was rescheduled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationRescheduleReport"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationsStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `text/event-stream`: `event: unread` with the counts as `data`, at connect and after each change; `: heartbeat` comments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["InboxUnreadCounts"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOperationsDeadLetters: {
        parameters: {
            query?: {
                consumer?: string;
                limit?: number;
                offset?: number;
                service?: string;
                status?: "dead" | "replayed" | "discarded";
                topic?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of dead letters, latest failure first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOperationsDeadLettersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dead letter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterDetail"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOperationsDeadLettersByIdDiscard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostOperationsDeadLettersByIdDiscardRequest"];
            };
        };
        responses: {
            /** @description The discarded dead letter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterSummary"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 The dead letter is no longer dead (replayed or discarded) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOperationsDeadLettersReplay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostOperationsDeadLettersReplayRequest"];
            };
        };
        responses: {
            /** @description Which were replayed and which not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterReplayResult"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpportunities: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                district?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
                open?: "true" | "false";
                ownerUnit?: string;
                q?: string;
                scenarioId?: string;
                status?: "draft" | "published" | "closed";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of opportunities: `items` and `nextCursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOpportunities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostOpportunitiesRequest"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpportunitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The opportunity with its matches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityDetail"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOpportunitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchOpportunitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchOpportunitiesByIdRequest"];
            };
        };
        responses: {
            /** @description The opportunity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOpportunitiesByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostOpportunitiesByIdCloseRequest"];
            };
        };
        responses: {
            /** @description The opportunity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOpportunitiesByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostOpportunitiesByIdPublishRequest"];
            };
        };
        responses: {
            /** @description The opportunity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpportunitiesByIdSuppliers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 50, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpportunitiesByIdSuppliersResponse200"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegistryProcurementMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Routes and methods */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcurementMethods"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegistryTasks: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceTasks"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenarios: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                firstSet?: "true" | "false";
                joint?: "true" | "false";
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
                procurementMethod?: "public-tender" | "invited-tender" | "competitive-negotiation" | "competitive-consultation" | "single-source" | "request-for-quotation" | "framework-agreement" | "cooperative-innovation";
                procurementRoute?: "government" | "state-owned-enterprise" | "enterprise" | "other";
                stage?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of scenarios with `nextCursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioPage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostScenariosRequest"];
            };
        };
        responses: {
            /** @description Registered; `nearDuplicates` lists similar scenarios */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioRegistered"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scenario */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchScenariosById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchScenariosByIdRequest"];
            };
        };
        responses: {
            /** @description The scenario after the edit, with what changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioProfileEdited"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosByIdDuplicates: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                /** @description 每页条数 Items per page (default 20, at most 50) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of candidates with their decisions: `scenarioId`, `threshold`, `candidates`, `nextCursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateCandidates"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScenariosByIdDuplicates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostScenariosByIdDuplicatesRequest"];
            };
        };
        responses: {
            /** @description The decision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateDecision"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosByIdRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who changed what, when */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioProfileRevisions"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosByScenarioIdBenefitSharing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement’s versions and basis */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitSharingOverview"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScenariosByScenarioIdBenefitSharing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostScenariosByScenarioIdBenefitSharingRequest"];
            };
        };
        responses: {
            /** @description The new version, current */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitSharingAgreement"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosByScenarioIdBenefitSharingVersionsByVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version (`current` says whether it is the latest) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitSharingAgreement"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosByScenarioIdEmployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentReportList"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putScenariosByScenarioIdEmploymentByPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string;
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutScenariosByScenarioIdEmploymentByPeriodRequest"];
            };
        };
        responses: {
            /** @description The report with the breaches found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentReport"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosByScenarioIdFactorRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactorRequestList"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScenariosByScenarioIdFactorRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostScenariosByScenarioIdFactorRequestsRequest"];
            };
        };
        responses: {
            /** @description The request, awaiting an answer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactorRequest"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosByScenarioIdFinancing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioFinancingList"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScenariosByScenarioIdFinancing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostScenariosByScenarioIdFinancingRequest"];
            };
        };
        responses: {
            /** @description The financing, status applied */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioFinancing"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScenariosByScenarioIdFinancingByIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostScenariosByScenarioIdFinancingByIdStatusRequest"];
            };
        };
        responses: {
            /** @description The financing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioFinancing"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosByScenarioIdProcurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record or null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioProcurementAnswer"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putScenariosByScenarioIdProcurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutScenariosByScenarioIdProcurementRequest"];
            };
        };
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioProcurement"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosExport: {
        parameters: {
            query?: {
                firstSet?: "true" | "false";
                format?: "csv" | "xlsx";
                joint?: "true" | "false";
                procurementMethod?: "public-tender" | "invited-tender" | "competitive-negotiation" | "competitive-consultation" | "single-source" | "request-for-quotation" | "framework-agreement" | "cooperative-innovation";
                procurementRoute?: "government" | "state-owned-enterprise" | "enterprise" | "other";
                stage?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment: bilingual header row, one scenario a row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv; charset=utf-8": unknown;
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScenariosImport: {
        parameters: {
            query: {
                /** @description `true`: import nothing when any row has an error (422 naming each) */
                allOrNothing?: "true" | "false";
                /** @description `dry-run`: report only, store nothing; `commit`: register the valid rows */
                mode: "dry-run" | "commit";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The .xlsx file (the template’s first sheet) */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description The report, row by row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioImportReport"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 文件过大 File too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不是 Excel 工作簿 Not an Excel workbook */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 全部或全不：有行存在问题，未导入 All-or-nothing: rows have problems, nothing imported */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenariosImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScenariosNearDuplicates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostScenariosRequest"];
            };
        };
        responses: {
            /** @description Scenarios that look like the draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioNearDuplicates"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSearchScenarios: {
        parameters: {
            query?: {
                after?: string;
                aspect?: string;
                district?: string;
                domain?: string;
                firstSet?: "true" | "false";
                ids?: string;
                joint?: "true" | "false";
                limit?: number;
                procurementMethod?: "public-tender" | "invited-tender" | "competitive-negotiation" | "competitive-consultation" | "single-source" | "request-for-quotation" | "framework-agreement" | "cooperative-innovation";
                procurementRoute?: "government" | "state-owned-enterprise" | "enterprise" | "other";
                q?: string;
                sort?: "newest" | "oldest";
                stage?: string;
                tier?: "comprehensive-major" | "industry-integrated" | "high-value-niche";
                unit?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hits, title matches first, keyset-paginated, with the terms the query was read as */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchHits"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSearchScenariosExport: {
        parameters: {
            query?: {
                aspect?: string;
                district?: string;
                domain?: string;
                firstSet?: "true" | "false";
                format?: "csv" | "xlsx";
                ids?: string;
                joint?: "true" | "false";
                procurementMethod?: "public-tender" | "invited-tender" | "competitive-negotiation" | "competitive-consultation" | "single-source" | "request-for-quotation" | "framework-agreement" | "cooperative-innovation";
                procurementRoute?: "government" | "state-owned-enterprise" | "enterprise" | "other";
                q?: string;
                sort?: "newest" | "oldest";
                stage?: string;
                tier?: "comprehensive-major" | "industry-integrated" | "high-value-niche";
                unit?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment: bilingual header row, one scenario a row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv; charset=utf-8": unknown;
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSearchScenariosStageCounts: {
        parameters: {
            query?: {
                aspect?: string;
                district?: string;
                domain?: string;
                firstSet?: "true" | "false";
                ids?: string;
                joint?: "true" | "false";
                procurementMethod?: "public-tender" | "invited-tender" | "competitive-negotiation" | "competitive-consultation" | "single-source" | "request-for-quotation" | "framework-agreement" | "cooperative-innovation";
                procurementRoute?: "government" | "state-owned-enterprise" | "enterprise" | "other";
                q?: string;
                sort?: "newest" | "oldest";
                stage?: string;
                tier?: "comprehensive-major" | "industry-integrated" | "high-value-niche";
                unit?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts by stage, with the total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioStageCounts"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSuppliers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By organisation name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSuppliersResponse200"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSuppliersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSuppliersMineResponse200"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSuppliersByIdCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutSuppliersByIdCreditRequest"];
            };
        };
        responses: {
            /** @description The profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSuppliersMineResponse200"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSuppliersByIdOpportunities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 50, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSuppliersByIdOpportunitiesResponse200"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSuppliersMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSuppliersMineResponse200"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSuppliersMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutSuppliersMineRequest"];
            };
        };
        responses: {
            /** @description The profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSuppliersMineResponse200"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTargetsByYear: {
        parameters: {
            query?: {
                taxonomyVersion?: string;
            };
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Progress with breakdowns */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetProgress"];
                };
            };
            /** @description 请求无效 Invalid request (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasks: {
        parameters: {
            query?: {
                kind?: "scenario" | "application" | "assessment" | "assignment" | "batch-list" | "factor-request";
                limit?: number;
                overdue?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s tasks and their counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            /** @description 请求无效 Invalid query (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCount"];
                };
            };
        };
    };
    getTaxonomy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions with their sources and counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyVersions"];
                };
            };
        };
    };
    getTaxonomyByVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyOverview"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTaxonomyByVersionAspects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Aspects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyAspects"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTaxonomyByVersionDomains: {
        parameters: {
            query?: {
                aspect?: string;
            };
            header?: never;
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Domains with responsible units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyDomains"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTaxonomyByVersionMechanisms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mechanisms */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyMechanisms"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTaxonomyByVersionUnits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyUnits"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTaxonomyByVersionUnitsByUnitDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit and its domains (responsible units by zh name) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyUnitDomains"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTaxonomyCoOwnerUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Units of Chongqing, then of Sichuan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyUnits"];
                };
            };
        };
    };
    postWorkflowApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostWorkflowApplicationsRequest"];
            };
        };
        responses: {
            /** @description The instance: stage, history, deadlines and the events the caller may send (`allowedEvents`) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowInstanceView"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Not allowed in this stage, or `expectedVersion` is stale */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowApplicationsByApplicationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance: stage, history, deadlines and the events the caller may send (`allowedEvents`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowInstanceView"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowApplicationsByApplicationIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments and the upload limits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationAttachmentList"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkflowApplicationsByApplicationIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ApplicationAttachmentUpload"];
            };
        };
        responses: {
            /** @description The attachment as recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationAttachment"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 申报已锁定 Not a draft nor returned for revision (the stage is named); or too many attachments */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 文件过大 The file is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 类型不符 Not a type we take, or not the type its name says */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未通过安全检查 The virus scan rejected the file */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowApplicationsByApplicationIdAttachmentsByAttachmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file; `Content-Disposition` names it (RFC 5987 `filename*` for non-ASCII names) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                    "application/pdf": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                    "application/zip": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWorkflowApplicationsByApplicationIdAttachmentsByAttachmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 申报已锁定 Not a draft nor returned for revision (the stage is named); or too many attachments */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowApplicationsByApplicationIdContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content and whether the caller may change it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationContentView"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putWorkflowApplicationsByApplicationIdContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutWorkflowApplicationsByApplicationIdContentRequest"];
            };
        };
        responses: {
            /** @description The content as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationContentView"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 申报已锁定 Not a draft nor returned for revision (the stage is named); or too many attachments */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowConsortia: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
                /** @description 联合体名称或成员单位名称的一部分 Part of the name or of a member organisation’s name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of consortia */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumPage"];
                };
            };
            /** @description 请求无效 Invalid: field errors, or a membership rule (TOO_FEW_MEMBERS, LEAD_NOT_ONCE, LEAD_NOT_CALLER, LEAD_CHANGED, DUPLICATE_MEMBER) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkflowConsortia: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostWorkflowConsortiaRequest"];
            };
        };
        responses: {
            /** @description The consortium */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consortium"];
                };
            };
            /** @description 请求无效 Invalid: field errors, or a membership rule (TOO_FEW_MEMBERS, LEAD_NOT_ONCE, LEAD_NOT_CALLER, LEAD_CHANGED, DUPLICATE_MEMBER) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowConsortiaById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consortium */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consortium"];
                };
            };
            /** @description 请求无效 Invalid: field errors, or a membership rule (TOO_FEW_MEMBERS, LEAD_NOT_ONCE, LEAD_NOT_CALLER, LEAD_CHANGED, DUPLICATE_MEMBER) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putWorkflowConsortiaByIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutWorkflowConsortiaByIdMembersRequest"];
            };
        };
        responses: {
            /** @description The consortium */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consortium"];
                };
            };
            /** @description 请求无效 Invalid: field errors, or a membership rule (TOO_FEW_MEMBERS, LEAD_NOT_ONCE, LEAD_NOT_CALLER, LEAD_CHANGED, DUPLICATE_MEMBER) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 成员不可变更 A live application is made with the present members (CONSORTIUM_IN_USE), or `expectedVersion` is stale */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkflowConsortiaByIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostWorkflowConsortiaByIdMembersRequest"];
            };
        };
        responses: {
            /** @description The consortium */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consortium"];
                };
            };
            /** @description 请求无效 Invalid: field errors, or a membership rule (TOO_FEW_MEMBERS, LEAD_NOT_ONCE, LEAD_NOT_CALLER, LEAD_CHANGED, DUPLICATE_MEMBER) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 成员不可变更 A live application is made with the present members (CONSORTIUM_IN_USE), or `expectedVersion` is stale */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWorkflowConsortiaByIdMembersByMemberId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consortium */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consortium"];
                };
            };
            /** @description 请求无效 Invalid: field errors, or a membership rule (TOO_FEW_MEMBERS, LEAD_NOT_ONCE, LEAD_NOT_CALLER, LEAD_CHANGED, DUPLICATE_MEMBER) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 成员不可变更 A live application is made with the present members (CONSORTIUM_IN_USE), or `expectedVersion` is stale */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowInstances: {
        parameters: {
            query?: {
                /** @description 上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page) */
                after?: string;
                applicant?: string;
                district?: string;
                domain?: string;
                /** @description 每页条数 Items per page (default 50, at most 200) */
                limit?: number;
                machine?: "scenario-lifecycle" | "application-lifecycle";
                scenario?: string;
                stage?: string;
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of instances with `nextCursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowInstancePage"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowInstancesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance: stage, history, deadlines and the events the caller may send (`allowedEvents`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowInstanceView"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowInstancesByIdAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowAuditReport"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkflowInstancesByIdEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostWorkflowInstancesByIdEventsRequest"];
            };
        };
        responses: {
            /** @description The instance: stage, history, deadlines and the events the caller may send (`allowedEvents`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowInstanceView"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Not allowed in this stage, or `expectedVersion` is stale */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowMachines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Machines with links to their statecharts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowMachineList"];
                };
            };
        };
    };
    getWorkflowMachinesByMachineIdStatechart: {
        parameters: {
            query?: {
                format?: "json" | "mermaid";
                instance?: string;
                version?: number;
            };
            header?: never;
            path: {
                machineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statechart: JSON, or `text/plain` Mermaid `stateDiagram-v2` source with `format=mermaid` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowStatechart"];
                    "text/plain": unknown;
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowReleases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Releases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleReleaseList"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 仅限管理员 Administrators only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkflowReleases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostWorkflowReleasesPlanRequest"];
            };
        };
        responses: {
            /** @description The release record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleRelease"];
                };
            };
            /** @description 请求无效 Invalid request (fields, or a stage map naming a stage the target version lacks) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 仅限管理员 Administrators only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 No such machine, version or release */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无法发布 The release is not possible as asked (e.g. a stage map onto a stage the target lacks) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowReleasesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleRelease"];
                };
            };
            /** @description 请求无效 Invalid request (fields, or a stage map naming a stage the target version lacks) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 仅限管理员 Administrators only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 No such machine, version or release */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowReleasesMachines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Machines and versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleReleaseMachines"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 仅限管理员 Administrators only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkflowReleasesPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostWorkflowReleasesPlanRequest"];
            };
        };
        responses: {
            /** @description The plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleReleasePlan"];
                };
            };
            /** @description 请求无效 Invalid request (fields, or a stage map naming a stage the target version lacks) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 仅限管理员 Administrators only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 No such machine, version or release */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无法发布 The release is not possible as asked (e.g. a stage map onto a stage the target lacks) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowScenariosByScenarioId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance: stage, history, deadlines and the events the caller may send (`allowedEvents`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowInstanceView"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkflowScenariosByScenarioIdEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostWorkflowInstancesByIdEventsRequest"];
            };
        };
        responses: {
            /** @description The instance: stage, history, deadlines and the events the caller may send (`allowedEvents`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowInstanceView"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录 No caller */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作 The caller’s role may not send this event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 不存在 Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 状态冲突 Not allowed in this stage, or `expectedVersion` is stale */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkflowTasks: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceTasks"];
                };
            };
            /** @description 请求无效 Invalid request (field errors, unknown or system event) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
