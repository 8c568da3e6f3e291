package id.surel.tenant;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The operators (super-admins) of a Surel installation: they manage tenants, and are staff of none. */
@Repository
public class Operators {

    private final JdbcClient jdbc;

    public Operators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Operator> findByUsername(String username) {
        return jdbc.sql("select username, password_hash, full_name, enabled from operator where username = ?")
                .param(username)
                .query((rs, n) -> new Operator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    /** Creates the operator unless the name is taken (by an operator or a staff account). */
    public void createIfAbsent(String username, String passwordHash, String fullName) {
        jdbc.sql("""
                insert into operator (username, password_hash, full_name)
                select ?, ?, ? where not exists (select 1 from staff where username = ?)
                on conflict (username) do nothing
                """)
                .params(username, passwordHash, fullName, username)
                .update();
    }
}
