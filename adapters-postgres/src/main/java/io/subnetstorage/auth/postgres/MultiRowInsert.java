package io.subnetstorage.auth.postgres;

/** {@code INSERT ... VALUES (row), (row), ...}: one statement and one round trip for a whole batch. */
final class MultiRowInsert {

    private MultiRowInsert() {
    }

    /** {@code head} ends with {@code VALUES }; {@code row} is one row's placeholders. */
    static String sql(String head, String row, int rows) {
        StringBuilder sql = new StringBuilder(head.length() + rows * (row.length() + 2)).append(head);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }
}
