import Testing
@testable import KohoYAML
