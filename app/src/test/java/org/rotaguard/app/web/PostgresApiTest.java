package org.rotaguard.app.web;

/** The JSON API over a real PostgreSQL server. */
@PostgresWeb
class PostgresApiTest extends ApiContract {
}
