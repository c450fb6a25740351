import { ContainerRepository } from "..";
import { onlyResource, rejected, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";

describe("ContainerRepository", () => {
  test("private and tag-immutable by default", () => {
    const { stack } = testStack();
    new ContainerRepository(stack, "repo", { repositoryName: "pipeline/event-forwarder", readme: "# images" });
    expect(onlyResource(synthValid(stack), "oci_artifacts_container_repository")).toEqual({
      compartment_id: TEST_COMPARTMENT,
      display_name: "pipeline/event-forwarder",
      is_immutable: true,
      is_public: false,
      readme: { content: "# images", format: "TEXT_MARKDOWN" },
      freeform_tags: {},
    });
  });

  test("public pull only by explicit opt-in", () => {
    const { stack } = testStack();
    new ContainerRepository(stack, "repo", { repositoryName: "public/tools", allowPublicPull: true, immutableTags: false });
    expect(onlyResource(synthValid(stack), "oci_artifacts_container_repository")).toMatchObject({ is_public: true, is_immutable: false });
  });

  test.each(["Pipeline/Fn", "pipeline//fn", "/pipeline", "pipeline/fn-", `a/${"b".repeat(260)}`])("rejects repository name %j", (name) => {
    expect(rejected(() => new ContainerRepository(testStack().stack, "repo", { repositoryName: name }))).toMatch(`pipeline-dev/repo: repositoryName = `);
  });
});
