package org.fiscaldisclosure.platform.problem;

import java.util.List;

/** Thrown to answer with a problem; nothing has been written when it is thrown inside a transaction. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(400, "malformed-request", "请求格式错误", detail, errors));
    }

    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(422, "invalid-content", "内容不符合要求", detail, errors));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "资源不存在", detail, List.of()));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "precondition-failed", "版本已变化", detail,
                List.of(new FieldError("If-Match", detail))));
    }

    /** The event a change would send is larger than a record may be: refused before anything is stored. */
    public static ProblemException eventTooLarge(long size, long limit) {
        String detail = "此次提交生成的事件为 " + size + " 字节，超过单条事件上限 " + limit
                + " 字节，无法送达，未保存任何内容；请分项目提交（PUT …/projects/{projectCode}）或拆分内容";
        return new ProblemException(Problem.of(413, "event-too-large", "生成的事件过大", detail,
                List.of(new FieldError("body", "生成的事件 " + size + " 字节，上限 " + limit + " 字节"))));
    }

    public static ProblemException tooLarge(long limit) {
        return new ProblemException(Problem.of(413, "payload-too-large", "请求体过大",
                "请求体超过 " + limit + " 字节", List.of(new FieldError("body", "请求体超过 " + limit + " 字节"))));
    }
}
