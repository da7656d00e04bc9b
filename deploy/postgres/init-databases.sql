-- One database per service, each owned by a login role of its own (a service cannot touch another's data).
-- Run once by the postgres image on an empty data directory (mounted into /docker-entrypoint-initdb.d by
-- docker-compose.yml). The passwords are for the local compose stack only; never reuse them elsewhere.
-- Flyway creates each service's schema at start; PostgreSQL 15+ gives the database owner CREATE on schema public.

CREATE ROLE disclosure  LOGIN PASSWORD 'disclosure';
CREATE ROLE statements  LOGIN PASSWORD 'statements';
CREATE ROLE procurement LOGIN PASSWORD 'procurement';
CREATE ROLE performance LOGIN PASSWORD 'performance';

CREATE DATABASE disclosure  OWNER disclosure  ENCODING 'UTF8';
CREATE DATABASE statements  OWNER statements  ENCODING 'UTF8';
CREATE DATABASE procurement OWNER procurement ENCODING 'UTF8';
CREATE DATABASE performance OWNER performance ENCODING 'UTF8';

-- Nobody but the owner (and superusers) may connect to a service's database.
REVOKE CONNECT ON DATABASE disclosure  FROM PUBLIC;
REVOKE CONNECT ON DATABASE statements  FROM PUBLIC;
REVOKE CONNECT ON DATABASE procurement FROM PUBLIC;
REVOKE CONNECT ON DATABASE performance FROM PUBLIC;
