import KohoDiagnostics

/// One parsed template: its body as a tree, its blocks, and the template it extends.
///
/// Built once by ``TemplateLibrary`` and then only read, so it is shared by every rendering thread.
final class Template: Sendable {
    /// The template's position in the library (includes and parents refer to templates by index).
    let index: Int
    /// The name `include` and `extends` use.
    let name: String
    /// The path shown in errors.
    let path: String
    /// The source text, for the line shown under an error.
    let text: String
    /// The body.
    let nodes: [Node]
    /// `{% extends %}`: the parent's index and the tag's position.
    let parent: ParentLink?
    /// Every `{% block %}` in the template, at any depth, by name.
    let blocks: [String: [Node]]
    /// The top-level `{% set %}` tags of a template that extends another: they run before the parent renders
    /// (Jinja's way for a page to pass `active_page` to its layout); everything else outside blocks is ignored.
    let topLevelAssignments: [Node]

    /// Where a template extends another.
    struct ParentLink: Sendable {
        var index: Int
        var position: SourcePosition
    }

    init(
        index: Int, source: TemplateSource, nodes: [Node], parent: ParentLink?, blocks: [String: [Node]],
        topLevelAssignments: [Node]
    ) {
        self.index = index
        self.name = source.name
        self.path = source.path
        self.text = source.text
        self.nodes = nodes
        self.parent = parent
        self.blocks = blocks
        self.topLevelAssignments = topLevelAssignments
    }
}

/// How a template renders once inheritance is resolved: which template's body is rendered, and which body
/// each block name stands for, from the most derived template up.
struct TemplateLayout: Sendable {
    /// The template at the top of the `extends` chain, whose body is rendered.
    var root: Int
    /// For each block name, its bodies from the most derived template to the base (`super()` walks it).
    var blocks: [String: [BlockBody]]
    /// The top-level `{% set %}` tags to run first, from the most derived template up.
    var assignments: [(template: Int, nodes: [Node])]
}

/// One template's version of a block.
struct BlockBody: Sendable {
    var template: Int
    var nodes: [Node]
}
