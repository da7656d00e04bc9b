package org.fiscaldisclosure.disclosure.publication;

import java.util.List;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;

/** 409 problems: the request is well formed but the disclosure's state does not allow it. */
final class Conflicts {

    private Conflicts() {
    }

    static ProblemException conflict(String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(409, "conflict", "与公开内容的当前状态冲突", detail, errors));
    }

    static ProblemException staleHash(String given, String current) {
        return conflict("内容已变化：请求中的哈希 " + given + " 不是当前内容的哈希 " + current,
                List.of(new FieldError("/contentHash", "当前内容的哈希为 " + current)));
    }

    static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(message, List.of(new FieldError(field, message)));
    }
}
