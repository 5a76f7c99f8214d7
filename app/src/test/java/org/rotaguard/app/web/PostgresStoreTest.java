package org.rotaguard.app.web;

/** The rota store over a real PostgreSQL server. */
@PostgresWeb
class PostgresStoreTest extends StoreContract {
}
