/// One template file handed to a ``TemplateLibrary``.
public struct TemplateSource: Sendable, Hashable {
    /// The name `include` and `extends` use: `staff.html`, `partials/share.html`.
    public var name: String
    /// The path shown in errors: `themes/default/layouts/staff.html`.
    public var path: String
    /// The template's text.
    public var text: String

    /// Creates a source named `name`, shown in errors as `path`.
    public init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
    }
}
