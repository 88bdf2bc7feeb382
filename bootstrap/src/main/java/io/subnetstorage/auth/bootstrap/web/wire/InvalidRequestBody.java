package io.subnetstorage.auth.bootstrap.web.wire;

import java.util.List;

/** The body does not have the shape an endpoint takes: answered as FastAPI's 422 list of problems. */
public final class InvalidRequestBody extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidRequestBody(List<FieldProblem> problems) {
        super("invalid request body", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
