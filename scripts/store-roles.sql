-- NetLoad team store: the schema and its two roles (docs/team-store.md, "Roles").
-- Run once per database, as a database administrator, in the database that will hold the store:
--
--   psql -d netload -v schema=energy_monitor -f scripts/store-roles.sql
--
-- netload_writer owns the schema: the monitor (and an analyst publishing a run) creates and replaces
-- its tables. netload_reader (colleagues) can read every table and change none. Passwords are never
-- in this file: set them afterwards with \password netload_writer and \password netload_reader (or
-- pass -v writer_password=... -v reader_password=... for a scripted setup), and keep them in each
-- machine's ~/.pgpass, pg_service.conf + pgpass, or QGIS's authentication manager.
-- Names come in as psql variables and are quoted as identifiers (:"name"), never pasted into SQL.

\set ON_ERROR_STOP on
\if :{?schema}
\else
  \set schema energy_monitor
\endif
\if :{?writer}
\else
  \set writer netload_writer
\endif
\if :{?reader}
\else
  \set reader netload_reader
\endif

CREATE EXTENSION IF NOT EXISTS postgis;

SELECT format('CREATE ROLE %I LOGIN', :'writer')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'writer') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'reader')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'reader') \gexec
\if :{?writer_password}
  ALTER ROLE :"writer" PASSWORD :'writer_password';
\endif
\if :{?reader_password}
  ALTER ROLE :"reader" PASSWORD :'reader_password';
\endif
-- A second lock on the reader's door: even a grant given by mistake cannot make it write.
ALTER ROLE :"reader" SET default_transaction_read_only = on;

-- The writer owns the store's schema: tables, indexes, monthly partitions, the runs table,
-- layer_styles and the QGIS project table are all created there by NetLoad itself.
CREATE SCHEMA IF NOT EXISTS :"schema" AUTHORIZATION :"writer";
ALTER SCHEMA :"schema" OWNER TO :"writer";
GRANT CONNECT ON DATABASE :"DBNAME" TO :"writer", :"reader";
GRANT USAGE ON SCHEMA :"schema" TO :"reader";
-- Reading: what exists now and every table the writer creates later.
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO :"reader";
ALTER DEFAULT PRIVILEGES FOR ROLE :"writer" IN SCHEMA :"schema" GRANT SELECT ON TABLES TO :"reader";

-- QGIS's own style table, shared by every schema of the database (QGIS looks it up through the
-- search path, where PostgreSQL 15 no longer lets ordinary roles create tables in public). Its layout
-- is the one QGIS 3.22 and later create themselves. NetLoad saves each layer's default style here;
-- colleagues read it.
CREATE TABLE IF NOT EXISTS public.layer_styles (
  id serial PRIMARY KEY,
  f_table_catalog varchar,
  f_table_schema varchar,
  f_table_name varchar,
  f_geometry_column varchar,
  stylename text,
  styleqml xml,
  stylesld xml,
  useasdefault boolean,
  description text,
  owner varchar(63) DEFAULT CURRENT_USER,
  ui xml,
  update_time timestamp DEFAULT CURRENT_TIMESTAMP,
  type varchar
);
GRANT SELECT ON public.layer_styles TO :"reader";
GRANT SELECT, INSERT, UPDATE, DELETE ON public.layer_styles TO :"writer";
GRANT USAGE ON SEQUENCE public.layer_styles_id_seq TO :"writer";
