import { AdminUsersHttpController } from './admin-users.http.controller';
import { DistrictsHttpController } from './districts.http.controller';
import { OrganisationsHttpController } from './organisations.http.controller';

/** The directory's routes: people and organisations (administration) and the districts. */
export const DIRECTORY_CONTROLLERS = [AdminUsersHttpController, OrganisationsHttpController, DistrictsHttpController];
